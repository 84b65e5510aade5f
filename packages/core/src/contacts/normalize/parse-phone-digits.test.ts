import { getCountries, getCountryCallingCode, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../testing/index.js';
import type { SeededRandom } from '../../testing/index.js';
import { parsePhoneDigits } from './parse-phone-digits.js';

/** What libphonenumber-js makes of `text`: its E.164 when valid, else `undefined`. */
function libraryE164(text: string, country: CountryCode | undefined): string | undefined {
  const parsed = country === undefined ? parsePhoneNumberFromString(text) : parsePhoneNumberFromString(text, { defaultCountry: country });
  return parsed !== undefined && parsed.isValid() ? parsed.number : undefined;
}

function fastE164(text: string, country: CountryCode | undefined): string | undefined {
  const international = text.startsWith('+');
  return parsePhoneDigits(text.replace(/\D/g, ''), international, country);
}

const countries = getCountries();

function randomDigits(random: SeededRandom, count: number): string {
  let digits = '';
  for (let index = 0; index < count; index++) digits += String(random.int(0, 9));
  return digits;
}

/** `digits` with one digit changed, added or dropped, or cut short, or as is. */
function mutate(random: SeededRandom, digits: string): string {
  const at = random.int(0, digits.length - 1);
  switch (random.int(0, 4)) {
    case 0:
      return digits.slice(0, at) + String(random.int(0, 9)) + digits.slice(at + 1);
    case 1:
      return digits + randomDigits(random, random.int(1, 2));
    case 2:
      return digits.slice(0, at) + digits.slice(at + 1);
    case 3:
      return digits.slice(0, Math.max(1, digits.length - random.int(1, 3)));
    default:
      return digits;
  }
}

/** `digits` with spaces, dashes, dots and brackets between some of them. */
function format(random: SeededRandom, digits: string): string {
  if (random.chance(0.4)) return digits;
  let text = '';
  for (const digit of digits) text += digit + (random.chance(0.25) ? random.pick([' ', '-', '.', ') ', ' (']) : '');
  return text;
}

describe('parsePhoneDigits', () => {
  it.each([
    ['+1 (213) 373-4253', undefined, '+12133734253'],
    ['(213) 373-4253', 'US', '+12133734253'],
    ['1-213-373-4253', 'US', '+12133734253'],
    ['011 420 777 123 456', 'US', '+420777123456'],
    ['420777123456', 'CZ', '+420777123456'],
    ['07911 123456', 'GB', '+447911123456'],
    ['+1 416 555 0134', undefined, '+14165550134'],
    ['+800 1234 5678', undefined, '+80012345678'],
    ['+1 000 000 0000', undefined, undefined],
    ['777 123 456', undefined, undefined],
  ] as const)('reads %j (default %s) as libphonenumber-js does', (text, country, e164) => {
    expect(fastE164(text, country)).toBe(e164);
    expect(libraryE164(text, country)).toBe(e164);
  });

  it("agrees with libphonenumber-js on every country's numbers, mutated, prefixed and formatted", () => {
    const random = seededRandom(20_261_126);
    let compared = 0;
    let valid = 0;
    for (const country of countries) {
      const callingCode = getCountryCallingCode(country);
      const example = getExampleNumber(country, examples)?.nationalNumber ?? randomDigits(random, random.int(6, 12));
      for (let variant = 0; variant < 4; variant++) {
        const national = variant === 0 ? example : variant < 3 ? mutate(random, example) : randomDigits(random, random.int(4, 15));
        // National, with a trunk zero, with the calling code but no plus, after an international prefix.
        for (const digits of [national, `0${national}`, `1${national}`, `${callingCode}${national}`, `00${callingCode}${national}`, `011${callingCode}${national}`]) {
          for (const defaultCountry of [undefined, country, random.pick(countries)]) {
            for (const text of [format(random, digits), `+${format(random, digits)}`]) {
              if (defaultCountry === undefined && !text.startsWith('+')) continue;
              const expected = libraryE164(text, defaultCountry);
              expect([text, defaultCountry, fastE164(text, defaultCountry)]).toEqual([text, defaultCountry, expected]);
              compared++;
              if (expected !== undefined) valid++;
            }
          }
        }
      }
    }
    // Enough valid numbers that the comparison covers the accepting paths, not only rejections.
    expect(compared).toBeGreaterThan(20_000);
    expect(valid).toBeGreaterThan(3_000);
  });
});
