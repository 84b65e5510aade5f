import type { JobFunction } from '../contact.js';
import { boundedMemo } from './bounded-memo.js';
import { expandTitleAbbreviations } from './expand-title-abbreviations.js';
import { foldTitle } from './fold-title.js';

/** Keyword rules on the folded title, first match wins; the order settles overlaps (see below). */
const rules: readonly (readonly [JobFunction, RegExp])[] = [
  // Before everything else: an assistant is administration, whoever they assist; RevOps and BizOps
  // are operations even though they say "revenue" or "business".
  [
    'operations',
    /\b(?:executive assistant|personal assistant|administrative assistant|office assistant|secretary|receptionist|office administrator|revops|rev ops|revenue operations|bizops|business operations|gtm operations)\b/,
  ],
  // Before engineering and product: "Data Engineer", "Data Product Manager".
  [
    'data',
    /\b(?:data|analytics|business intelligence|bi|machine learning|ml|mlops|statistician|statistics|cdo|data scientist|datove|daten)\b/,
  ],
  // Before product: "Product Designer".
  ['design', /\b(?:design|designer|designers|ux|ui|user experience|user research|art director|creative|illustrator|graphic|grafik)\b/],
  // Before product and customer success: "Product Marketing", "Customer Marketing".
  [
    'marketing',
    /\b(?:marketing|marketer|cmo|growth|brand|branding|content|seo|sem|ppc|demand gen|demand generation|communications|comms|pr|public relations|social media|community|events|copywriter|copywriting|campaign|campaigns|mops|advertising|media|marketingu|mercadotecnia)\b/,
  ],
  [
    'it',
    /\b(?:information technology|cio|ciso|infosec|information security|cybersecurity|cyber security|security|sysadmin|system administrator|systems administrator|network|helpdesk|help desk|service desk|it)\b/,
  ],
  [
    'customer-success',
    /\b(?:customer success|client success|csm|customer experience|cx|customer support|customer service|customer care|client services|client service|support|onboarding|implementation|account management|customer|zakaznick\w*|kundenservice|kundenbetreuung)\b/,
  ],
  [
    'sales',
    /\b(?:sales|salesperson|cro|account executive|account executives|ae|sdr|bdr|sdrs|bdrs|business development|bizdev|bd|account manager|key account|partnerships|partnership|channel|revenue|commercial|vertrieb|vertriebs\w*|verkauf|ventas|ventes|vendas|obchod|obchodni|prodej|comercial|commerciale|vendite|verkoop\w*|sprzedaz\w*|handlowy|handlowiec|aussendienst\w*|inside sales|presales|pre sales|solutions consultant|solution consultant|solutions engineer|sales engineer|deal desk)\b/,
  ],
  ['product', /\b(?:product|products|cpo|product owner|produkt|produktmanager|produktu)\b/],
  [
    'hr',
    /\b(?:hr|human resources|people|talent|recruit|recruiter|recruiters|recruiting|recruitment|chro|personalleiter\w*|personalwesen|personalabteilung|lidske zdroje|personalista|personalistka|rrhh|recursos humanos|ressources humaines|l d|learning and development|hrbp)\b/,
  ],
  [
    'legal',
    /\b(?:legal|counsel|lawyer|attorney|paralegal|compliance|clo|jurist|juristin|notary|pravnik|pravnicka|abogado|abogada|avocat|avocate|rechtsanwalt|rechtsanwaltin|datenschutz)\b/,
  ],
  [
    'finance',
    /\b(?:finance|financial|cfo|accounting|accountant|controller|controlling|treasury|treasurer|fp a|audit|auditor|tax|bookkeeper|bookkeeping|payroll|investor relations|finanz\w*|finanzas|finances|financier|financiere|financiero|financiera|financeiro|financeira|buchhaltung|buchhalter\w*|comptable|comptabilite|contabile|contable|boekhouder|ksiegow\w*|ucetni|financni|contabilidad|financial analyst)\b/,
  ],
  [
    'engineering',
    /\b(?:engineer|engineers|engineering|developer|developers|dev|devops|sre|sde|sdet|swe|software|cto|programmer|architect|qa|quality assurance|tester|frontend|front end|backend|back end|fullstack|full stack|technical|technology|tech|r d|research and development|\w*entwickler\w*|entwicklung|vyvojar|vyvojarka|programator|ingeniero|ingenieur|ingenieure|inzenyr)\b/,
  ],
  [
    'operations',
    /\b(?:operations|ops|coo|supply chain|logistics|procurement|purchasing|facilities|office manager|administration|betrieb|provoz|provozni|nakup|einkauf|operaciones)\b/,
  ],
];

const executive =
  /\b(?:ceo|founder|founders|cofounder|co founder|owner|co owner|proprietor|president|chairman|chairwoman|chair|board|managing director|executive director|chief executive|managing partner|general partner|partner|general manager|gm|geschaftsfuhrer|geschaftsfuhrerin|gf|vorstand|inhaber|inhaberin|jednatel|jednatelka|majitel|zakladatel|spoluzakladatel|generalni reditel|pdg|directeur general|director general|fundador|fondateur|grunder|grunderin|gruender|mitgrunder|amministratore delegato|consejero delegado|prezes|oprichter|medeoprichter|eigenaar|titolare|c suite|csuite|c level|cxo|executive|executives|leadership|management)\b/;
const apolloMasterPrefix = /^master_/i;
const nonExecutiveOwner = /\b(?:product|process|service|data|account) owner\b/;

/**
 * Business function of a job title: `VP Engineering` → `engineering`, `Head of Sales` → `sales`,
 * `Account Executive` → `sales`, `CFO` → `finance`, `CEO & Founder` → `executive`. Keywords cover
 * English plus common German, French, Spanish, Italian, Dutch, Polish and Czech words and abbreviations (SDR, BDR, AE, RevOps,
 * CMO, CTO, …). A functional keyword beats an executive one (`Founder & CTO` → `engineering`).
 * Titles with no recognised keyword return `other`; blank titles return `undefined`.
 *
 * @example titleToFunction('Head of People') // 'hr'
 */
export function titleToFunction(title: string): JobFunction | undefined {
  return memoized(title);
}

const memoized = boundedMemo(compute);

function compute(title: string): JobFunction | undefined {
  const text = foldTitle(expandTitleAbbreviations(title), true);
  if (text.length === 0) return undefined;
  for (const [jobFunction, pattern] of rules) if (pattern.test(text)) return jobFunction;
  if (executive.test(text) && !nonExecutiveOwner.test(text)) return 'executive';
  return 'other';
}

/**
 * Business function of a department value such as `Engineering`, `Human Resources`, `C-Suite` or
 * Apollo's `master_sales`. Same keywords as {@link titleToFunction}; `C-Suite`, `Executive`,
 * `Management` and `Leadership` read as `executive`.
 *
 * @example departmentToFunction('c_suite') // 'executive'
 */
export function departmentToFunction(department: string): JobFunction | undefined {
  return titleToFunction(department.replace(apolloMasterPrefix, ''));
}
