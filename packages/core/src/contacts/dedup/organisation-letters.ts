/**
 * One spelling for a company name and a company's domain: the letters and digits of the name
 * (`white and scott` → `whiteandscott`) and of the domain's first label (`white-and-scott.co.uk`
 * → `whiteandscott`), so a record that names its company meets one that only carries the
 * company's email domain or website.
 */
import { createStringInterner } from './interned-similarity.js';

/** Shortest spelling that may identify an organisation (shorter ones are initials, `ab`, `io`). */
export const minOrganisationLetters = 4;

/** Letters and digits of `text[0..end)`. */
function lettersOf(text: string, end: number): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) kept++;
  }
  if (kept === end) return text.slice(0, end);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) out += text[i];
  }
  return out;
}

/** Letters and digits of a normalized company name; '' when shorter than `minOrganisationLetters`. */
export function companyLetters(company: string): string {
  const letters = lettersOf(company, company.length);
  return letters.length >= minOrganisationLetters ? letters : '';
}

/** Letters and digits of a registrable domain's first label; '' when shorter than `minOrganisationLetters`. */
export function domainLetters(domain: string): string {
  const dot = domain.indexOf('.');
  const letters = lettersOf(domain, dot < 0 ? domain.length : dot);
  return letters.length >= minOrganisationLetters ? letters : '';
}

/**
 * Interned organisation spellings of a table's company and domain columns: `company[i]` and
 * `domain[i]` are ids (0 = none) in one vocabulary, so a company id can equal a domain id.
 * Values are memoized by their raw text (companies repeat on many records).
 */
export interface OrganisationIds {
  /** Id of the spelling of a company name. */
  companyId(company: string): number;
  /** Id of the spelling of a domain. */
  domainId(domain: string): number;
}

/** A new organisation-spelling interner. */
export function createOrganisationIds(): OrganisationIds {
  const interner = createStringInterner();
  const companies = new Map<string, number>([['', 0]]);
  const domains = new Map<string, number>([['', 0]]);
  const memo = (cache: Map<string, number>, spell: (value: string) => string, value: string): number => {
    let id = cache.get(value);
    if (id === undefined) {
      id = interner.id(spell(value));
      // memo bounded: an index queried for years must not grow without limit
      if (cache.size < 1_000_000) cache.set(value, id);
    }
    return id;
  };
  return {
    companyId: (company) => memo(companies, companyLetters, company),
    domainId: (domain) => memo(domains, domainLetters, domain),
  };
}
