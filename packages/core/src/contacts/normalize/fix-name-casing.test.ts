import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixNameCasing } from './fix-name-casing.js';

describe('fixNameCasing', () => {
  it.each([
    ['JOHN MCDONALD', 'John McDonald'],
    ["o'brien", "O'Brien"],
    ["D'ANGELO", "D'Angelo"],
    ['mary-jane', 'Mary-Jane'],
    ['JAN VAN DER BERG', 'Jan van der Berg'],
    ['VAN DER BERG', 'Van der Berg'],
    ['maria de la cruz', 'Maria de la Cruz'],
    ['thanh le', 'Thanh Le'],
    ['ALISTAIR MACLEOD', 'Alistair MacLeod'],
    ['MACY GRAY', 'Macy Gray'],
    ['henry viii', 'Henry VIII'],
    ['ŠTĚPÁN ŘÍHA', 'Štěpán Říha'],
    ['McDonald', 'McDonald'],
    ['DJ SMITH', 'DJ Smith'],
    ['tj miller', 'TJ Miller'],
    ['ANDREW NG', 'Andrew Ng'],
    ['MARY ST CLAIR', 'Mary St Clair'],
    ['danah boyd', 'Danah Boyd'],
    ['Jane DOE', 'Jane DOE'],
    ['', ''],
  ])('%j → %j', (raw, expected) => {
    expect(fixNameCasing(raw)).toBe(expected);
  });

  it('is idempotent and keeps the word count', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('JOHN', 'mc', 'mcdonald', "o'neil", 'van', 'DER', 'la', 'ii', 'é', 'x-y'), { maxLength: 5 }), (words) => {
        const once = fixNameCasing(words.join(' '));
        expect(fixNameCasing(once)).toBe(once);
        expect(once.split(' ').length).toBe(words.join(' ').split(' ').length);
      }),
    );
  });
});
