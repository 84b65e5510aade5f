import fc from 'fast-check';
import { getCountries, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { normalizePhone, normalizePhones } from './normalize-phone.js';

describe('normalizePhone', () => {
  it.each([
    ['+1 (213) 373-4253', undefined, '+12133734253'],
    ['+1 (213) 373-4253', 'CZ', '+12133734253'],
    ['00420 777 123 456', undefined, '+420777123456'],
    ['00420 777 123 456', 'US', '+420777123456'],
    // The international prefix written apart from the country code, as many European lists do.
    ['00 44 20 7946 0958', undefined, '+442079460958'],
    ['00 420 777 123 456', 'DE', '+420777123456'],
    ['+420 777 123 456', undefined, '+420777123456'],
    ['777 123 456', 'CZ', '+420777123456'],
    ['07911 123456', 'GB', '+447911123456'],
    ['07911 123456', 'uk', '+447911123456'],
    ['030 1234567', 'DE', '+49301234567'],
    ['(213) 373-4253', 'US', '+12133734253'],
    ['213.373.4253', 'US', '+12133734253'],
    ['+44 (0) 20 7946 0958', undefined, '+442079460958'],
    ['tel:+12133734253', undefined, '+12133734253'],
    ["'+420777123456", undefined, '+420777123456'],
    ['0412 345 678', 'AU', '+61412345678'],
  ])('parses %j (default %s) to %s', (raw, country, e164) => {
    expect(normalizePhone(raw, country)?.e164).toBe(e164);
  });

  it.each([
    ['(213) 373-4253 ext. 55', '55'],
    ['+1 213 373 4253 x123', '123'],
    ['+1 213 373 4253 #9', '9'],
  ])('keeps the extension of %j aside', (raw, extension) => {
    expect(normalizePhone(raw, 'US')).toEqual({ e164: '+12133734253', extension });
  });

  it.each([
    ['', 'US'],
    ['n/a', 'US'],
    ['12', 'US'],
    ['phone', 'US'],
    ['777 123 456', undefined],
    ['4.20777E+11', 'CZ'],
    ['+1 000 000 0000', undefined],
    ['0777 123 456', 'XX'],
  ])('rejects %j (default %s)', (raw, country) => {
    expect(normalizePhone(raw, country)).toBeUndefined();
  });

  it('is idempotent: an E.164 result parses to itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9 ()-]{6,16}$/), fc.constantFrom('US', 'CZ', 'GB', 'DE', undefined), (raw, country) => {
        const once = normalizePhone(raw, country);
        if (once === undefined) return;
        expect(normalizePhone(once.e164, country)?.e164).toBe(once.e164);
        expect(normalizePhone(once.e164)?.e164).toBe(once.e164);
      }),
    );
  });
});

describe('normalizePhone without a country', () => {
  // The shortcut in `parsePhone`: without a country, libphonenumber-js parses nothing that lacks a
  // plus sign. Checked against the library on number shapes seen in real exports and on noise.
  const digit = fc.constantFrom(...'0123456789');
  const realShape = fc
    .constantFrom(
      '(999) 999-9999', '999.999.9999', '999-999-9999', '9-999-999-9999', '999 999 9999', '999 99 999 999', '9999 999 9999',
      '99 99 999 999', '9999 99 99 999 999', '999-9999999', '99-99999999', '0999 999 999', '09999 999999', '99 999 999',
      '1 999 999 9999', '011 99 9999 9999', '0099 99 9999 9999', '999 9999 ext. 99', '999-999-9999 x99', '(999) 999-9999 #9',
      '9999999999', '99999999999999', '999/999-9999', 'tel:999-999-9999', '999;phone-context=example.com', '٠٩٩ ٩٩٩ ٩٩٩٩',
    )
    .chain((shape) =>
      fc.array(digit, { minLength: shape.length, maxLength: shape.length }).map((digits) => shape.replace(/9/g, () => digits.pop() ?? '0')),
    );
  const noise = fc.stringMatching(/^[0-9 ()\-.\/#xtelph:;=a-z,０-９٠-٩]{1,30}$/);

  it('libphonenumber-js finds no valid number in text without a plus sign', () => {
    fc.assert(
      fc.property(fc.oneof(realShape, noise), (raw) => {
        fc.pre(!raw.includes('+') && !raw.includes('\uFF0B'));
        const parsed = parsePhoneNumberFromString(raw);
        expect(parsed === undefined || !parsed.isValid()).toBe(true);
        // normalizePhone reads a leading `00` as a plus sign, so only the others must be rejected.
        if (!/^\s*(?:tel:)?\s*00[1-9]/i.test(raw)) expect(normalizePhone(raw)).toBeUndefined();
      }),
      { numRuns: 5000 },
    );
  });

  it('still parses international numbers, written with a plus or 00', () => {
    fc.assert(
      fc.property(fc.constantFrom('+1 (213) 37', '+44 20 7946 ', '00420 777 ', '+49 30 ', '\uFF0B33 1 42 '), fc.array(digit, { minLength: 4, maxLength: 4 }), (prefix, digits) => {
        const raw = `${prefix}${digits.join('')}`;
        const parsed = parsePhoneNumberFromString(raw.replace(/^00/, '+'));
        const expected = parsed?.isValid() ? parsed.number : undefined;
        expect(normalizePhone(raw)?.e164).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalizePhone on formatted numbers of every country', () => {
  // Plain numbers, with or without an extension, skip libphonenumber-js (parse-phone-digits.ts):
  // the result must be the library's own, extension included.
  function libraryResult(text: string, country: CountryCode): { e164: string; extension?: string } | undefined {
    const parsed = parsePhoneNumberFromString(text, { defaultCountry: country });
    if (parsed === undefined || !parsed.isValid()) return undefined;
    return parsed.ext ? { e164: parsed.number, extension: parsed.ext } : { e164: parsed.number };
  }

  it('gives what libphonenumber-js gives for national and international formats, with extensions', () => {
    let compared = 0;
    let withExtension = 0;
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (example === undefined) continue;
      const last = example.nationalNumber.slice(-1);
      // The example, and the example with its last digit changed (often invalid).
      const numbers = [example, parsePhoneNumberFromString(`+${example.countryCallingCode}${example.nationalNumber.slice(0, -1)}${last === '9' ? '0' : '9'}`)];
      for (const number of numbers) {
        if (number === undefined) continue;
        for (const body of [number.formatNational(), number.formatInternational(), number.number]) {
          for (const suffix of ['', ' ext. 12', ' x123', ' #9', 'X4', ' EXT 555555', ' ext 1234567', ' t12', ' xt 5', '-x12']) {
            const text = body + suffix;
            const digits = body.replace(/\D/g, '').length;
            const expected = digits < 6 || digits > 17 ? undefined : libraryResult(text, country);
            expect([text, country, normalizePhone(text, country)]).toEqual([text, country, expected]);
            compared++;
            if (expected?.extension !== undefined) withExtension++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(5_000);
    expect(withExtension).toBeGreaterThan(1_000);
  });
});

describe('normalizePhones', () => {
  it.each([
    ['+1 213 373 4253 ::: +1 213 373 4254', ['+12133734253', '+12133734254'], []],
    ['+420 777 123 456 / +420 602 123 456', ['+420777123456', '+420602123456'], []],
    ['777 123 456; 602 123 456', ['+420777123456', '+420602123456'], []],
    ['+420 777 123 456, +420 777 123 456', ['+420777123456'], []],
    ['212/373-4253', [], ['212/373-4253']],
    ['+420 777 123 456 ; garbage', ['+420777123456'], ['garbage']],
    ['-', [], []],
    ['', [], []],
  ])('splits %j', (raw, e164s, invalid) => {
    const result = normalizePhones(raw, 'CZ');
    expect(result.phones.map((phone) => phone.e164)).toEqual(e164s);
    expect(result.invalid).toEqual(invalid);
  });

  it('keeps a US number written with a slash together', () => {
    expect(normalizePhones('213/373-4253', 'US').phones).toEqual([{ e164: '+12133734253' }]);
  });
});
