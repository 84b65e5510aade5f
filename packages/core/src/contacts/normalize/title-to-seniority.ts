import type { Seniority } from '../contact.js';
import { boundedMemo } from './bounded-memo.js';
import { expandTitleAbbreviations } from './expand-title-abbreviations.js';
import { foldTitle } from './fold-title.js';

// Rewrites applied before matching, so that "vice president" does not read as "president" and
// "product owner" does not read as "owner".
const vicePresident = /\bvice\s?(?:president|presidente|prasident|presidentin|chair\w*)\b/g;
const nonOwnerRoles =
  /\b(?:product|process|service|data|system|systems|technical|budget|content|account|platform|feature|risk|control|application|app|stakeholder|solution) owner\b/g;
const nonCLevelPartner =
  /\b(?:(?:business|channel|strategic|alliance|alliances|technology|implementation|solution|solutions|hr|people|finance|talent|acquisition|recruiting|recruitment|sourcing|learning|training|integration|delivery|success|reseller|customer|client|account) partner\w*|partner(?= (?:manager|management|success|marketing|account|sales|development|engineer|relations|program|programs|ecosystem|channel|lead|specialist|operations|enablement|director|executive|integrations|solutions|alliances|strategy|network|support|onboarding|associate|experience|partnerships)\b))/g;
const leadGeneration = /\blead(?:s)? (?:gen|generation|generator|qualification|development|researcher)\b/g;

const chiefOfStaff = /\bchief of staff\b/;
const cLevel = new RegExp(
  '\\b(?:' +
    [
      'ceo|cto|cfo|coo|cmo|cro|cpo|ciso|cio|cso|cdo|cco|cao|cxo|clo|chro|cbo|cgo|cro',
      'chief|founder|founders|cofounder|co founder|founding partner|owner|co owner|coowner|proprietor|president',
      'chairman|chairwoman|chairperson|chair|board member|board director|member of the board',
      'managing director|executive director|managing partner|general partner|senior partner|equity partner|partner',
      'geschaftsfuhrer|geschaftsfuhrerin|geschaeftsfuehrer|gf|vorstand|vorstandsvorsitzender|inhaber|inhaberin',
      'grunder|grunderin|mitgrunder|mitgrunderin|gruender|jednatel|jednatelka|majitel|majitelka|zakladatel|zakladatelka',
      'spoluzakladatel|spoluzakladatelka|spolumajitel|generalni reditel|generalni reditelka|vykonny reditel|vykonna reditelka',
      'pdg|directeur general|directrice generale|fondateur|fondatrice|cofondateur|cofondatrice|gerant|gerante',
      'fundador|fundadora|cofundador|cofundadora|director general|directora general|director ejecutivo|directora ejecutiva',
      'consejero delegado|propietario|propietaria|dueno|duena|amministratore delegato|titolare|socio fondatore',
      'toimitusjohtaja|verkstallande direktor|vd|daglig leder|administrerende direktor|adm dir|direktor general',
      'prezes|prezeska|wspolzalozyciel|zalozyciel|oprichter|medeoprichter|eigenaar|eigenares|algemeen directeur',
    ].join('|') +
    ')\\b',
);
const vp = /\b(?:vp|svp|evp|avp|rvp|gvp|vps|vice president)\b/;
const leiter = /\b([a-z]*)leiter(?:in)?\b/;
const managerLeiter = new Set(['team', 'gruppen', 'projekt', 'schicht', 'filial', 'bau']);
const director =
  /\b(?:director|directors|directeur|directrice|directora|direttore|direktor|direktorin|dyrektor|dyrektorka|dir|head|heads|jefe|jefa|responsable|responsabile|reditel|reditelka|general manager|gm|hoofd|chef de service|vedouci oddeleni|vedouci useku)\b/;
// Compounds written as one word (Dutch and German: `Verkoopmanager`, `Vertriebsmanagerin`) end in the word.
const manager =
  /[a-z]manager(?:in)?\b|\b(?:kierownik|kierowniczka)\b|\b(?:manager|managers|managerin|mgr|mngr|manazer|manazerka|gerente|supervisor|superintendent|foreman|vedouci|(?:team|tech|technical|engineering|project|program|squad|group|practice|delivery|design|product|sales|marketing|account|content) lead|lead)$|\b(?:manager|managerin|mgr|manazer|manazerka|gerente|supervisor|team lead|tech lead|technical lead|engineering lead|squad lead|group lead)\b/;

/**
 * Seniority band of a job title: `c-level` (chiefs, founders, owners, presidents, partners, managing
 * and executive directors, Geschäftsführer, jednatel, PDG, …), `vp` (VP, SVP, EVP, AVP, Vice
 * President), `director` (Director, Head of, Leiter, Jefe, Directeur, Responsable, ředitel, General
 * Manager), `manager` (Manager, Mgr, Supervisor, Team Lead) or `ic` for any other title. An assistant
 * takes their own band, not their principal's (`Assistant to the CEO` → `ic`); `Vice President` is
 * never `President`, `Product Owner` is not an owner and `Partner Manager` or `HR Business Partner`
 * is not a partner. Blank titles return `undefined`.
 *
 * @example titleToSeniority('Head of Sales') // 'director'
 */
export function titleToSeniority(title: string): Seniority | undefined {
  return memoized(title);
}

const memoized = boundedMemo(compute);

function compute(title: string): Seniority | undefined {
  let text = foldTitle(expandTitleAbbreviations(title), true);
  if (text.length === 0) return undefined;
  if (chiefOfStaff.test(text)) return 'director';
  text = text
    .replace(vicePresident, 'vp')
    .replace(nonOwnerRoles, ' ')
    .replace(nonCLevelPartner, ' ')
    .replace(leadGeneration, ' ');
  if (cLevel.test(text)) return 'c-level';
  if (vp.test(text)) return 'vp';
  const leiterMatch = leiter.exec(text);
  if (leiterMatch) return managerLeiter.has(leiterMatch[1] ?? '') ? 'manager' : 'director';
  if (director.test(text)) return 'director';
  if (manager.test(text)) return 'manager';
  return 'ic';
}
