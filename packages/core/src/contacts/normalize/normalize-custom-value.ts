import type { CustomValue, FieldIssue } from '../contact.js';
import { isPlaceholderValue } from './is-placeholder-value.js';
import { normalizeDateTime } from './normalize-date-time.js';
import type { NormalizeDateOptions } from './normalize-date.js';
import { normalizeEmail } from './normalize-email.js';
import { isScientificNotation, normalizePhone, scientificNotationPhoneReason } from './normalize-phone.js';

/** Options for {@link normalizeCustomValue}. */
export interface NormalizeCustomValueOptions {
  /** ISO 3166-1 alpha-2 country for national phone numbers. */
  defaultCountry?: string;
  /** How to read ambiguous numeric dates; see {@link NormalizeDateOptions.prefer}. */
  datePreference?: NormalizeDateOptions['prefer'];
}

/** A normalized custom value, or the issue that kept it raw. */
export interface NormalizedCustomValue {
  /** The value to store; `undefined` when the cell was blank. */
  value?: CustomValue;
  /** Set when the value did not fit its type; the value is then kept trimmed but otherwise raw. */
  issue?: FieldIssue;
}

const whitespaceRun = /\s+/g;
const anyWhitespace = /\s+/g;

/**
 * Normalizes the value of a custom (unmapped) column by its type, so that dedup compares like with
 * like: `email` → lower-cased address, `phone` → E.164, `date` → ISO `YYYY-MM-DD`, or
 * `YYYY-MM-DDTHH:MM[:SS]` with its zone when the cell has a time (see `normalizeDateTime`), `postcode` →
 * upper case without spaces, `name` and `address` → trimmed with single spaces (display casing
 * kept; comparators fold case themselves), `text`, `id` and `url` → trimmed. A value that does not
 * parse as its type is kept trimmed and reported as an issue under the column name. Blank values
 * return `{}`.
 *
 * @example normalizeCustomValue('Mobile', { value: '+1 (213) 373-4253', type: 'phone' }) // { value: { value: '+12133734253', type: 'phone' } }
 */
export function normalizeCustomValue(
  column: string,
  custom: CustomValue,
  options: NormalizeCustomValueOptions = {},
): NormalizedCustomValue {
  const trimmed = custom.value.trim();
  if (trimmed.length === 0) return {};
  const type = custom.type;
  switch (type) {
    case 'email': {
      const email = normalizeEmail(trimmed);
      if (email === undefined) return {};
      return email.valid ? kept(email.address, type) : rejected(column, custom, trimmed, 'invalid email address');
    }
    case 'phone': {
      const phone = normalizePhone(trimmed, options.defaultCountry);
      if (phone !== undefined) return kept(phone.e164, type);
      return rejected(column, custom, trimmed, isScientificNotation(trimmed) ? scientificNotationPhoneReason : 'unparseable phone number');
    }
    case 'date': {
      if (isPlaceholderValue(trimmed)) return {};
      const date = normalizeDateTime(trimmed, options.datePreference === undefined ? {} : { prefer: options.datePreference });
      return date === undefined ? rejected(column, custom, trimmed, 'unparseable date') : kept(date, type);
    }
    case 'postcode':
      return kept(trimmed.toUpperCase().replace(anyWhitespace, ''), type);
    case 'name':
    case 'address':
      return kept(trimmed.replace(whitespaceRun, ' '), type);
    case 'text':
    case 'id':
    case 'url':
      return kept(trimmed, type);
  }
}

// Module functions rather than closures per call: this runs for every custom cell of every row.
function kept(value: string, type: CustomValue['type']): NormalizedCustomValue {
  return { value: { value, type } };
}

function rejected(column: string, custom: CustomValue, trimmed: string, reason: string): NormalizedCustomValue {
  return { value: { value: trimmed, type: custom.type }, issue: { field: column, value: custom.value, reason } };
}
