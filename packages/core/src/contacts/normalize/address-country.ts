import type { MappedRow } from '../contact.js';
import { normalizeCountry } from './normalize-country.js';

const countryWord = /country/i;

/**
 * The country of a row's other address, from a custom address column named for a country
 * (Outlook's `Home Country/Region`, `Other Country`, Apollo's `Company Country`), as an ISO 3166-1
 * alpha-2 code; `undefined` when there is none or it is not a known country. The first such column
 * in the row's order wins.
 *
 * @example addressCountry({ 'Home Country': { value: 'Portugal', type: 'address' } }) // 'PT'
 */
export function addressCountry(custom: MappedRow['custom']): string | undefined {
  for (const key in custom) {
    const cell = custom[key];
    if (cell === undefined || cell.type !== 'address' || !countryWord.test(key)) continue;
    const code = normalizeCountry(cell.value);
    if (code !== undefined) return code;
  }
  return undefined;
}
