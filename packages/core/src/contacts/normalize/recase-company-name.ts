import { capitalizePart } from './fix-name-casing.js';
import { foldToAscii } from './fold-to-ascii.js';
import { looksLikeAcronym } from './looks-like-acronym.js';

/** Small words kept lower-case when re-casing an ALL-CAPS name (except as the first word). */
const lowerCaseWords = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', 'de', 'la', 'du', 'des', 'von', 'van', 'und', 'et', 'y', 'e', 'di', 'da', 'a']);

/** How legal-form words are written when re-casing an ALL-CAPS name. */
const legalWordCasing: ReadonlyMap<string, string> = new Map([
  ['inc', 'Inc'],
  ['inc.', 'Inc.'],
  ['ltd', 'Ltd'],
  ['ltd.', 'Ltd.'],
  ['co', 'Co'],
  ['co.', 'Co.'],
  ['corp', 'Corp'],
  ['corp.', 'Corp.'],
  ['gmbh', 'GmbH'],
  ['mbh', 'mbH'],
  ['oy', 'Oy'],
  ['oyj', 'Oyj'],
  ['aps', 'ApS'],
  ['kgaa', 'KGaA'],
  ['spa', 'SpA'],
  ['s.p.a.', 'S.p.A.'],
  ['srl', 'Srl'],
  ['s.r.l.', 'S.r.l.'],
  ['s.r.o.', 's.r.o.'],
  ['spol.', 'spol.'],
  ['r.o.', 'r.o.'],
  ['a.s.', 'a.s.'],
  ['e.v.', 'e.V.'],
  ['kft', 'Kft'],
  ['kft.', 'Kft.'],
  ['zrt', 'Zrt'],
  ['zrt.', 'Zrt.'],
  ['pty', 'Pty'],
  ['pvt', 'Pvt'],
  ['d.o.o.', 'd.o.o.'],
  ['ltda', 'Ltda'],
  ['ltda.', 'Ltda.'],
]);

const trailingSeparators = /[\s,;]+$/;
const nonLetters = /[^a-z]+/g;
// `A.`, `C.A.`, `N.T.A.`, `E.ON`: initials, kept as written.
const initials = /^(?:\p{L}\.)+\p{L}{0,2}$/u;
// `AT&T`, `H&M`, `P&G`: initials joined by an ampersand.
const ampersandInitials = /^\p{L}{1,3}&\p{L}{1,3}$/u;
// `1ST`, `22ND`: an ordinal, written in lower case after its digits.
const ordinal = /^\d+(?:st|nd|rd|th)$/;
const segmentBreak = /([-/(])/;

/**
 * Re-cases a company name written in ALL CAPS word by word: acronyms and initialisms stay in
 * capitals (`KPMG`, `BASF`, `SAP`, `AT&T`, `E.ON`; see `looksLikeAcronym`), legal forms take their
 * usual casing (`GmbH`, `S.p.A.`), small joining words go lower case (`of`, `und`), and every other
 * word is capitalized as a name is (`McKinley`, `O'Toole`, `Children's`). Each part of a hyphenated
 * word is judged alone (`FCCH-AURORA` → `FCCH-Aurora`).
 *
 * @example recaseCompanyName('KPMG AUDIT SERVICES GMBH') // 'KPMG Audit Services GmbH'
 */
export function recaseCompanyName(display: string): string {
  return display
    .split(' ')
    .map((word, index) => {
      const lower = word.toLowerCase();
      const legal = legalWordCasing.get(lower.replace(trailingSeparators, ''));
      if (legal !== undefined) return legal + lower.slice(legal.length);
      if (index > 0 && lowerCaseWords.has(lower)) return lower;
      const bare = word.replace(trailingSeparators, '');
      if (initials.test(bare) || ampersandInitials.test(bare)) return word;
      return word
        .split(segmentBreak)
        .map((segment) => recaseSegment(segment))
        .join('');
    })
    .join(' ');
}

/** One word, or one part of a hyphenated word: kept when it reads as an acronym, else capitalized. */
function recaseSegment(segment: string): string {
  const lower = segment.toLowerCase();
  if (ordinal.test(lower)) return lower;
  const letters = foldToAscii(lower).replace(nonLetters, '');
  if (letters.length === 0) return segment;
  // `BOOKING.COM`: a domain's name re-cased like a word, its suffix in lower case
  const dot = lower.indexOf('.');
  if (dot > 3 && dot < lower.length - 2) return recaseSegment(segment.slice(0, dot)) + lower.slice(dot);
  // an abbreviation with a full stop (`ST.`, `DEV.`, `MT.`) is a word cut short, not initials
  if (dot === lower.length - 1 && letters.length >= 2) return capitalizePart(lower);
  return looksLikeAcronym(letters) ? segment : capitalizePart(lower);
}
