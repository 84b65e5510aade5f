import { withinOneEdit } from '../dedup/edit-distance.js';

/** Words that join a company's names, left out of its initials (`Procter & Gamble` → `pg`). */
const joiningWords = new Set(['and', 'of', 'the', 'for', 'und', 'et', 'y', 'de']);
const keyText = /^[a-z0-9 ]+$/;
const labelText = /^[a-z0-9-]+$/;
/** Shortest spelling compared by containment or edits; shorter ones only by equality or initials. */
const minLetters = 3;
/** Shortest key word that a domain label may contain for the two to agree (`acme` in `acmesolutions`). */
const minWordLetters = 4;

/**
 * Whether a registrable domain spells a company whose normalized key is `key` (see
 * `normalizeCompanyName`). The domain's first label (hyphens dropped) agrees with the key when it is
 * the key without spaces or within one edit of it, the initials of its words (`ibm.com` for
 * `international business machines`), contained in it (`telekom.de` for `deutsche telekom`), or
 * contains it or one of its words (`kraftheinzcompany.com`, `acme-solutions.com` for `acme corp`).
 *
 * Returns `true` when they agree, `false` when they clearly do not (`personio.de` for `cabify`), and
 * `undefined` when it cannot tell: a label or key too short to compare, or one not in Latin letters
 * (an internationalized `xn--` domain, a key in another script).
 *
 * @example domainSpellsCompany('personio.de', 'cabify') // false
 */
export function domainSpellsCompany(domain: string, key: string): boolean | undefined {
  const dot = domain.indexOf('.');
  const rawLabel = dot < 0 ? domain : domain.slice(0, dot);
  if (rawLabel.startsWith('xn--') || !labelText.test(rawLabel) || !keyText.test(key)) return undefined;
  const label = rawLabel.replaceAll('-', '');
  const words = key.split(' ').filter((word) => word.length > 0);
  const compact = words.join('');
  if (label.length === 0 || compact.length === 0) return undefined;
  if (label === compact) return true;
  const named = words.filter((word) => !joiningWords.has(word));
  if (named.length > 1 && named.map((word) => word.charAt(0)).join('') === label) return true;
  if (label.length < minLetters || compact.length < minLetters) return undefined;
  if (compact.includes(label) || label.includes(compact) || withinOneEdit(label, compact)) return true;
  return words.some((word) => word.length >= minWordLetters && label.includes(word)) ? true : false;
}
