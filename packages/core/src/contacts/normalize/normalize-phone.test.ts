import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePhone, normalizePhones } from './normalize-phone.js';

describe('normalizePhone', () => {
  it.each([
    ['+1 (213) 373-4253', undefined, '+12133734253'],
    ['+1 (213) 373-4253', 'CZ', '+12133734253'],
    ['00420 777 123 456', undefined, '+420777123456'],
    ['00420 777 123 456', 'US', '+420777123456'],
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
