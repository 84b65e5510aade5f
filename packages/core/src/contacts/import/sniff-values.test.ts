import { describe, expect, it } from 'vitest';
import { fieldFit } from './column-synonyms.js';
import { profileValues, valueKind } from './sniff-values.js';

describe('valueKind', () => {
  it('reads an E.164 number (a plus and 7-15 digits, as the export writes phones) as a phone, not a signed number', () => {
    expect(valueKind('+34962179649')).toBe('phone');
    expect(valueKind('+12125550175')).toBe('phone');
    expect(valueKind('+447700900391')).toBe('phone');
  });

  it('keeps short signed numbers as numbers', () => {
    expect(valueKind('+12')).toBe('number');
    expect(valueKind('-5')).toBe('number');
    expect(valueKind('+123456')).toBe('number');
  });

  it('gives a column of E.164 numbers a full phone fit', () => {
    expect(fieldFit('phone', profileValues(['+34962179649', '+12125550175', '+442079460285']))).toBeGreaterThanOrEqual(1);
  });
});
