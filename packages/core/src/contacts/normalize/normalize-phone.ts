import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';
import { boundedMemo } from './bounded-memo.js';
import { isPlaceholderValue } from './is-placeholder-value.js';
import { parsePhoneDigits } from './parse-phone-digits.js';

/** A phone number in E.164 form, with its extension kept aside. */
export interface NormalizedPhone {
  /** E.164, e.g. `+12133734253`. */
  e164: string;
  /** The extension digits (`ext. 55`, `x55`), when the input had one. */
  extension?: string;
}

/** The numbers found in one cell. */
export interface NormalizedPhones {
  /** Parseable, valid numbers in input order, without duplicates. */
  phones: NormalizedPhone[];
  /** The pieces that could not be parsed into a valid number, trimmed. */
  invalid: string[];
}

const telPrefix = /^tel:/i;
const scientificNotation = /^[+-]?\d(?:[.,]\d+)?e\+?\d{1,2}$/i;

/** Why a phone cell in scientific notation (`4.91711E+11`) is not read: its digits are gone. */
export const scientificNotationPhoneReason =
  'Excel wrote this number in scientific notation and dropped its last digits: re-export with the phone column formatted as text';

/**
 * True for a phone cell that a spreadsheet turned into scientific notation (`4.91711E+11`,
 * `4,91711E+11`): the number lost its last digits and cannot be recovered.
 */
export function isScientificNotation(value: string): boolean {
  return scientificNotation.test(value.trim());
}
// "00420 …", "00 44 …": the international call prefix used in most of the world; read as "+".
const internationalZeros = /^\+?\s*00\s*(?=[1-9])/;
// "+44 (0) 20 …": the trunk zero some people write after the country code.
const trunkZeroAfterCountryCode = /^(\+\d{1,3})\s*\(0\)\s*/;
const cellSeparators = /\s+:::\s+|[;|\n\r]+|,(?!\d)/;
// The characters every match of cellSeparators holds one of.
const separatorCharacters = /[:;|\n\r,]/;
const extensionMarker = /(?:e?xt\.?|extension|x|#)\s*\d+\s*$/i;

/**
 * Parses one phone number into E.164 with libphonenumber-js, using `defaultCountry` (ISO 3166-1
 * alpha-2) for national numbers such as `0777 123 456`. Handles `+1 (213) 373-4253`, `00420 777 123 456`,
 * `+44 (0) 20 …`, a `tel:` prefix and extensions (kept aside in `extension`). Returns `undefined`
 * for empty, placeholder, unparseable or invalid numbers.
 *
 * @example normalizePhone('00420 777 123 456') // { e164: '+420777123456' }
 */
export function normalizePhone(raw: string, defaultCountry?: string): NormalizedPhone | undefined {
  let text = raw.trim();
  if (text.length === 0 || isPlaceholderValue(text)) return undefined;
  // Each pattern needs text most numbers lack (`tel:`, `00`, `(0)`): the others skip it.
  if (text.charCodeAt(0) === 116 || text.charCodeAt(0) === 84) text = text.replace(telPrefix, '');
  if (text.includes('00')) text = text.replace(internationalZeros, '+');
  if (text.includes('(0)')) text = text.replace(trunkZeroAfterCountryCode, '$1 ');
  if (text.startsWith("'")) text = text.slice(1);
  // Shorter or longer than any dialable number: skip libphonenumber, whose failures are costly.
  const digits = digitsBeforeExtension(text);
  if (digits < 6 || digits > 17) return undefined;
  const country = toCountryCode(defaultCountry);
  // Without a country only an international number can parse, and libphonenumber-js finds a
  // calling code only after a plus sign (`00` was turned into one above): it rejects the rest,
  // at the cost of a thrown error each, so they are rejected here (same result; see the test).
  if (country === undefined && !hasPlusSign(text)) return undefined;
  // Most numbers are plain digits with spaces, dashes, dots or brackets: they take the fast path,
  // which gives libphonenumber-js's answer for them (see parse-phone-digits.ts) in about 1 µs.
  const extension = text.length <= maxPhoneTextLength && hasExtensionMark(text) ? plainExtension.exec(text) : null;
  const digitsOnly = plainDigits(extension === null ? text : (extension[1] as string));
  if (digitsOnly !== undefined) {
    const e164 = parsePhoneDigits(digitsOnly, text.startsWith('+'), country);
    if (e164 === undefined) return undefined;
    return extension === null ? { e164 } : { e164, extension: extension[2] as string };
  }
  const parsed = libraryParseOf(country)(text);
  return parsed === undefined ? undefined : { ...parsed };
}

const libraryParses = new Map<CountryCode | undefined, (text: string) => NormalizedPhone | undefined>();

/**
 * libphonenumber-js's parse for one default country. Company switchboard numbers repeat across a
 * company's contacts, and a parse costs about 8 µs, so results are cached per country and text.
 */
function libraryParseOf(country: CountryCode | undefined): (text: string) => NormalizedPhone | undefined {
  let parse = libraryParses.get(country);
  if (parse === undefined) {
    // One options object per country: libphonenumber-js reads a country argument by copying it
    // into such an object on every call (property by property, through descriptors).
    const options = country === undefined ? undefined : Object.freeze({ defaultCountry: country });
    parse = boundedMemo((text: string): NormalizedPhone | undefined => {
      const parsed = options === undefined ? parsePhoneNumberFromString(text) : parsePhoneNumberFromString(text, options);
      if (parsed === undefined || !parsed.isValid()) return undefined;
      return parsed.ext ? { e164: parsed.number, extension: parsed.ext } : { e164: parsed.number };
    });
    libraryParses.set(country, parse);
  }
  return parse;
}

/**
 * Parses a cell that may hold several numbers separated by ` ::: ` (Google), `;`, `|`, `,`, new
 * lines or `/`. A `/` splits only when every side holds at least six digits, so `212/555-1234`
 * stays one number. Invalid pieces are returned in `invalid` for the caller to report.
 *
 * @example normalizePhones('+1 213 373 4253 ::: +1 213 373 4254') // two phones, no invalid
 */
export function normalizePhones(raw: string, defaultCountry?: string): NormalizedPhones {
  const pieces = splitPhoneCell(raw);
  // Most cells hold one number: arrays of their final size, not grown by a push.
  if (pieces.length === 1) {
    const piece = pieces[0] as string;
    if (isPlaceholderValue(piece)) return { phones: [], invalid: [] };
    const phone = normalizePhone(piece, defaultCountry);
    return phone === undefined ? { phones: [], invalid: [piece] } : { phones: [phone], invalid: [] };
  }
  const phones: NormalizedPhone[] = [];
  const invalid: string[] = [];
  for (const piece of pieces) {
    if (isPlaceholderValue(piece)) continue;
    const phone = normalizePhone(piece, defaultCountry);
    if (phone === undefined) invalid.push(piece);
    else if (!hasNumber(phones, phone.e164)) phones.push(phone);
  }
  return { phones, invalid };
}

/** Whether `phones` holds `e164`; a cell holds one to three numbers, too few for a Set to pay. */
function hasNumber(phones: readonly NormalizedPhone[], e164: string): boolean {
  for (const phone of phones) if (phone.e164 === e164) return true;
  return false;
}

function splitPhoneCell(raw: string): string[] {
  // Most cells hold one number: no separator character, nothing to split (and no array to make).
  const separated = separatorCharacters.test(raw);
  if (!separated) {
    const trimmed = raw.trim();
    if (trimmed.length === 0) return [];
    if (!trimmed.includes('/')) return [trimmed];
  }
  const result: string[] = [];
  const pieces = separated ? raw.split(cellSeparators) : [raw];
  for (const piece of pieces) {
    const trimmed = piece.trim();
    if (trimmed.length === 0) continue;
    if (trimmed.includes('/')) {
      const parts = trimmed.split('/').map((part) => part.trim());
      if (parts.every((part) => digitsBeforeExtension(part) >= 6)) {
        result.push(...parts);
        continue;
      }
    }
    result.push(trimmed);
  }
  return result;
}

/** How many digits `text` has before a trailing extension (`ext. 12`, `x12`, `#12`), counted without copying it. */
function digitsBeforeExtension(text: string): number {
  const extension = hasExtensionMark(text) ? extensionMarker.exec(text) : null;
  const end = extension === null ? text.length : extension.index;
  let digits = 0;
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

/**
 * Whether `text` holds an `x` or `#`, which every extension marker (`ext`, `extension`, `x`, `#`)
 * has: most numbers have none, and skip the extension patterns, which try every position.
 */
function hasExtensionMark(text: string): boolean {
  return text.includes('x') || text.includes('X') || text.includes('#');
}

// libphonenumber-js's MAX_INPUT_STRING_LENGTH: longer text is rejected before any parsing.
const maxPhoneTextLength = 250;
// A number ending in a digit, then `ext`, `ext.`, `x` or `#` and up to six digits: libphonenumber-js
// reads the digits as the extension (its limits are 9 and 20 digits) and parses the rest alone.
const plainExtension = /^(.*\d) *(?:ext\.?|x|#) *(\d{1,6})$/i;

/**
 * The digits of `text` when it is a plain number: digits, spaces, `-`, `.`, `(` and `)`, after an
 * optional leading `+`. Anything else (letters, an extension, `/`, other scripts' digits) returns
 * `undefined` and goes to libphonenumber-js.
 */
function plainDigits(text: string): string | undefined {
  if (text.length > maxPhoneTextLength) return undefined;
  const start = text.startsWith('+') ? 1 : 0;
  let separators = false;
  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) continue;
    // space ( ) - .
    if (code !== 32 && code !== 40 && code !== 41 && code !== 45 && code !== 46) return undefined;
    separators = true;
  }
  // One copy of the digits (a string grown digit by digit made one per digit).
  const digits = start === 0 ? text : text.slice(start);
  return separators ? digits.replace(phoneSeparators, '') : digits;
}

const phoneSeparators = /[ ()\-.]/g;

/** Whether `text` holds a plus sign, ASCII or full-width (libphonenumber-js reads both). */
function hasPlusSign(text: string): boolean {
  return text.includes('+') || text.includes('\uFF0B');
}

const supportedCountries = new Map<string, CountryCode | undefined>();

/** Whether `country` is a country code phone numbers can default to (ISO 3166-1 alpha-2; `UK` for GB). */
export function isPhoneCountry(country: string): boolean {
  return toCountryCode(country) !== undefined;
}

function toCountryCode(country: string | undefined): CountryCode | undefined {
  if (country === undefined) return undefined;
  let code = supportedCountries.get(country);
  if (code === undefined && !supportedCountries.has(country)) {
    const upper = country.trim().toUpperCase();
    const candidate = upper === 'UK' ? 'GB' : upper;
    code = isSupportedCountry(candidate) ? candidate : undefined;
    if (supportedCountries.size < 1000) supportedCountries.set(country, code);
  }
  return code;
}
