import { boundedMemo } from './bounded-memo.js';
import { foldToAscii } from './fold-to-ascii.js';

/**
 * ISO 3166-1 alpha-2 code, alpha-3 code, English names and common native or informal names. Names
 * are written folded (lower-case ASCII, no dots), as {@link normalizeCountry} folds its input.
 */
const countries: readonly (readonly string[])[] = [
  ['AT', 'aut', 'austria', 'osterreich', 'republik osterreich'],
  ['BE', 'bel', 'belgium', 'belgie', 'belgique', 'belgien'],
  ['BG', 'bgr', 'bulgaria', 'balgariya', 'българия'],
  ['HR', 'hrv', 'croatia', 'hrvatska'],
  ['CY', 'cyp', 'cyprus', 'kypros', 'kibris'],
  ['CZ', 'cze', 'czechia', 'czech republic', 'czech', 'cesko', 'ceska republika', 'ceska', 'tschechien', 'republique tcheque'],
  ['DK', 'dnk', 'denmark', 'danmark', 'danemark', 'danemark'],
  ['EE', 'est', 'estonia', 'eesti'],
  ['FI', 'fin', 'finland', 'suomi', 'finnland'],
  ['FR', 'fra', 'france', 'frankreich', 'francie', 'francia'],
  ['DE', 'deu', 'germany', 'deutschland', 'nemecko', 'allemagne', 'alemania', 'germania', 'federal republic of germany'],
  ['GR', 'grc', 'greece', 'hellas', 'ellada', 'ελλάδα', 'griechenland'],
  ['HU', 'hun', 'hungary', 'magyarorszag', 'ungarn'],
  ['IE', 'irl', 'ireland', 'eire', 'republic of ireland'],
  ['IT', 'ita', 'italy', 'italia', 'italien', 'italie'],
  ['LV', 'lva', 'latvia', 'latvija'],
  ['LT', 'ltu', 'lithuania', 'lietuva'],
  ['LU', 'lux', 'luxembourg', 'luxemburg', 'letzebuerg'],
  ['MT', 'mlt', 'malta'],
  ['NL', 'nld', 'netherlands', 'the netherlands', 'holland', 'nederland', 'niederlande', 'pays bas'],
  ['PL', 'pol', 'poland', 'polska', 'polen', 'pologne'],
  ['PT', 'prt', 'portugal'],
  ['RO', 'rou', 'romania', 'rumanien'],
  ['SK', 'svk', 'slovakia', 'slovensko', 'slovak republic', 'slowakei'],
  ['SI', 'svn', 'slovenia', 'slovenija', 'slowenien'],
  ['ES', 'esp', 'spain', 'espana', 'spanien', 'espagne', 'spanelsko'],
  ['SE', 'swe', 'sweden', 'sverige', 'schweden', 'suede'],
  ['IS', 'isl', 'iceland', 'island'],
  ['LI', 'lie', 'liechtenstein'],
  ['NO', 'nor', 'norway', 'norge', 'noreg', 'norwegen', 'norvege'],
  ['CH', 'che', 'switzerland', 'schweiz', 'suisse', 'svizzera', 'svizra', 'helvetia', 'svycarsko'],
  ['GB', 'gbr', 'uk', 'united kingdom', 'great britain', 'britain', 'england', 'scotland', 'wales', 'northern ireland', 'united kingdom of great britain and northern ireland', 'velka britanie', 'grossbritannien', 'royaume uni', 'reino unido'],
  ['US', 'usa', 'united states', 'united states of america', 'us', 'u s', 'america', 'the united states', 'the us', 'spojene staty', 'vereinigte staaten', 'etats unis', 'estados unidos'],
  ['CA', 'can', 'canada', 'kanada'],
  ['AU', 'aus', 'australia', 'australien'],
  ['NZ', 'nzl', 'new zealand', 'aotearoa'],
  ['IN', 'ind', 'india', 'bharat', 'indien'],
  ['JP', 'jpn', 'japan', 'nippon', 'nihon', '日本', 'japon'],
  ['SG', 'sgp', 'singapore', 'singapur'],
  ['IL', 'isr', 'israel'],
  ['BR', 'bra', 'brazil', 'brasil', 'brasilien'],
  ['MX', 'mex', 'mexico', 'mexiko'],
  ['AR', 'arg', 'argentina', 'argentinien'],
  ['CL', 'chl', 'chile'],
  ['CO', 'col', 'colombia', 'kolumbien'],
  ['PE', 'per', 'peru'],
  ['UY', 'ury', 'uruguay'],
  ['CN', 'chn', 'china', 'peoples republic of china', 'prc', '中国', 'cina'],
  ['HK', 'hkg', 'hong kong', 'hongkong'],
  ['TW', 'twn', 'taiwan'],
  ['KR', 'kor', 'south korea', 'korea', 'republic of korea', 'korea republic of', 'korea south'],
  ['ID', 'idn', 'indonesia'],
  ['MY', 'mys', 'malaysia'],
  ['TH', 'tha', 'thailand'],
  ['VN', 'vnm', 'vietnam', 'viet nam'],
  ['PH', 'phl', 'philippines'],
  ['PK', 'pak', 'pakistan'],
  ['BD', 'bgd', 'bangladesh'],
  ['LK', 'lka', 'sri lanka'],
  ['AE', 'are', 'united arab emirates', 'uae', 'emirates'],
  ['SA', 'sau', 'saudi arabia', 'ksa'],
  ['QA', 'qat', 'qatar'],
  ['TR', 'tur', 'turkey', 'turkiye', 'turkei'],
  ['EG', 'egy', 'egypt'],
  ['MA', 'mar', 'morocco', 'maroc'],
  ['NG', 'nga', 'nigeria'],
  ['KE', 'ken', 'kenya'],
  ['ZA', 'zaf', 'south africa', 'rsa'],
  ['GH', 'gha', 'ghana'],
  ['UA', 'ukr', 'ukraine', 'ukrajina', 'україна'],
  ['RU', 'rus', 'russia', 'russian federation', 'rossiya', 'россия', 'rusko'],
  ['BY', 'blr', 'belarus'],
  ['RS', 'srb', 'serbia', 'srbija'],
  ['BA', 'bih', 'bosnia and herzegovina', 'bosnia'],
  ['ME', 'mne', 'montenegro', 'crna gora'],
  ['MK', 'mkd', 'north macedonia', 'macedonia'],
  ['AL', 'alb', 'albania', 'shqiperia'],
  ['MD', 'mda', 'moldova'],
  ['GE', 'geo', 'georgia', 'sakartvelo'],
  ['AM', 'arm', 'armenia'],
  ['AZ', 'aze', 'azerbaijan'],
  ['KZ', 'kaz', 'kazakhstan'],
  ['MC', 'mco', 'monaco'],
  ['AD', 'and', 'andorra'],
  ['SM', 'smr', 'san marino'],
  ['CR', 'cri', 'costa rica'],
  ['PA', 'pan', 'panama'],
  ['DO', 'dom', 'dominican republic'],
  ['PR', 'pri', 'puerto rico'],
  ['EC', 'ecu', 'ecuador'],
  ['VE', 'ven', 'venezuela'],
  ['JO', 'jor', 'jordan'],
  ['LB', 'lbn', 'lebanon'],
  ['KW', 'kwt', 'kuwait'],
  ['BH', 'bhr', 'bahrain'],
  ['OM', 'omn', 'oman'],
  ['TN', 'tun', 'tunisia'],
  ['IR', 'irn', 'iran'],
  ['NP', 'npl', 'nepal'],
];

const byName = new Map<string, string>();
for (const [code, ...names] of countries) {
  if (code === undefined) continue;
  byName.set(code.toLowerCase(), code);
  for (const name of names) byName.set(name, code);
}
// "UK" is not an ISO code but is what everyone writes; "EL" is the EU's code for Greece.
byName.set('el', 'GR');

const punctuation = /[.'’()]/g;
const separators = /[\s,/_-]+/g;
const ampersand = /&/g;
const leadingThe = /^the /;

/**
 * ISO 3166-1 alpha-2 code for a country name or code, in English or a common native or informal form:
 * `Deutschland` → `DE`, `Česko`/`Czechia`/`Czech Republic` → `CZ`, `UK`/`England`/`Great Britain` →
 * `GB`, `USA`/`U.S.`/`America` → `US`, `deu` → `DE`. Case, diacritics and dots do not matter. Covers
 * every EU/EEA country and about seventy more; unknown values return `undefined` (the caller keeps
 * the raw value).
 *
 * @example normalizeCountry('Česká republika') // 'CZ'
 */
export function normalizeCountry(raw: string): string | undefined {
  return memoized(raw);
}

// A few hundred spellings cover nearly every country cell of an import, so the fold is done once per spelling.
const memoized = boundedMemo((raw: string): string | undefined => {
  const folded = foldToAscii(raw.trim()).toLowerCase().replace(punctuation, '').replace(ampersand, ' and ').replace(separators, ' ').trim();
  if (folded.length === 0) return undefined;
  return byName.get(folded) ?? byName.get(folded.replace(leadingThe, ''));
});
