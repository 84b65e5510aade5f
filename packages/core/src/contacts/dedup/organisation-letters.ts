/**
 * One spelling for a company name and a company's domain: the letters and digits of the name
 * (`white and scott` → `whiteandscott`) and of the domain's first label (`white-and-scott.co.uk`
 * → `whiteandscott`), so a record that names its company meets one that only carries the
 * company's email domain or website.
 */
import { createStringInterner } from './interned-similarity.js';
import { isSyllabic } from './script-name-level.js';

/** Shortest spelling that may identify an organisation (shorter ones are initials, `ab`, `io`). */
const minOrganisationLetters = 4;

/**
 * Shortest spelling in Han, Hangul or kana that may identify an organisation: each character is a
 * syllable, so two say as much as `tencent` or `xiaomi` (腾讯, 小米, 삼성 are whole company names).
 */
const minSyllabicLetters = 2;

/** True for a-z, 0-9 and a code unit outside ASCII (a letter of another script, as normalized text keeps them). */
function letterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127;
}

/** Letters and digits of `text[0..end)`. */
function lettersOf(text: string, end: number): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (letterOrDigit(code)) kept++;
  }
  if (kept === end) return text.slice(0, end);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (letterOrDigit(code)) out += text[i];
  }
  return out;
}

/**
 * True when the letters and digits of `text[from..to)` may identify an organisation: at least
 * `minOrganisationLetters` of them, or at least `minSyllabicLetters` all of Han, Hangul or kana.
 */
export function spellsOrganisation(text: string, from = 0, to = text.length): boolean {
  let letters = 0;
  let syllables = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!letterOrDigit(code)) continue;
    letters++;
    if (isSyllabic(code)) syllables++;
  }
  return letters >= minOrganisationLetters || (letters >= minSyllabicLetters && syllables === letters);
}

/** Letters and digits of a normalized company name; '' when they do not `spellsOrganisation`. */
export function companyLetters(company: string): string {
  const letters = lettersOf(company, company.length);
  return spellsOrganisation(letters) ? letters : '';
}

/** Letters and digits of a registrable domain's first label; '' when they do not `spellsOrganisation`. */
export function domainLetters(domain: string): string {
  const dot = domain.indexOf('.');
  const letters = lettersOf(domain, dot < 0 ? domain.length : dot);
  return spellsOrganisation(letters) ? letters : '';
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

/** Distinct raw values a memo holds before it starts over: an index queried for years must not grow without limit. */
const memoLimit = 1_000_000;

/** A new organisation-spelling interner. */
export function createOrganisationIds(): OrganisationIds {
  const interner = createStringInterner();
  /**
   * `spell` memoized by raw value: the raw values are interned (typed-array hashing; a Map keyed
   * by a million company strings cost ~0.8 s CPU at 1M records, most of the setup of a comparer)
   * and the spelling's id kept by raw id, plus one (0 = not spelled yet).
   */
  const memo = (spell: (value: string) => string): ((value: string) => number) => {
    let raw = createStringInterner();
    let ids = new Int32Array(1024);
    return (value) => {
      if (value === '') return 0;
      let key = raw.id(value);
      if (key >= memoLimit) {
        raw = createStringInterner();
        ids = new Int32Array(1024);
        key = raw.id(value);
      }
      if (key >= ids.length) {
        const grown = new Int32Array(ids.length * 2);
        grown.set(ids);
        ids = grown;
      }
      let id = (ids[key] ?? 0) - 1;
      if (id < 0) {
        id = interner.id(spell(value));
        ids[key] = id + 1;
      }
      return id;
    };
  };
  return { companyId: memo(companyLetters), domainId: memo(domainLetters) };
}
