import type { MappedRow } from '../contact.js';
import { normalizeCountry } from './normalize-country.js';
import { parseLocation } from './parse-location.js';

const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
// `tanaka@acme.co.jp`; not `.jpg` in a website's path.
const japaneseEmail = /@[^\s@,;]+\.jp(?![a-z0-9-])/i;
const japaneseWebsite = /^(?:[a-z][a-z0-9+.-]*:\/\/)?[^\s/?#]+\.jp\.?(?::\d+)?(?:[/?#]|$)/i;
// +81 or 0081, Japan's calling code.
const japanesePhone = /^\s*(?:\+|00)\s*81/;

/** Text fields in which kana (ひらがな, カタカナ) marks a row as Japanese: Chinese and Korean do not write it. */
const textFields = ['fullName', 'firstName', 'middleName', 'lastName', 'company', 'title', 'department', 'street', 'city', 'region', 'location'] as const;

/**
 * Whether a row looks Japanese: kana in a name, company, title or address field, an email address
 * or website under `.jp`, Japan as its country or location, or a +81 phone number. A name in Han
 * script without a space from such a row is not split (see `familyNameFirst`).
 *
 * @example rowLooksJapanese({ fullName: ['田中翔'], email: ['tanaka@acme.co.jp'] }) // true
 * @internal
 */
export function rowLooksJapanese(fields: MappedRow['fields']): boolean {
  for (const field of textFields) if (fields[field]?.some((value) => kana.test(value)) === true) return true;
  return (
    fields.email?.some((value) => japaneseEmail.test(value)) === true ||
    fields.website?.some((value) => japaneseWebsite.test(value.trim())) === true ||
    fields.phone?.some((value) => japanesePhone.test(value)) === true ||
    fields.country?.some((value) => normalizeCountry(value) === 'JP') === true ||
    fields.location?.some((value) => parseLocation(value).country === 'JP') === true
  );
}
