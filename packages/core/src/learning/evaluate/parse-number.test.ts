import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number.js';

describe('parseNumber', () => {
  it('reads thousands groups and decimal commas as spreadsheets write them', () => {
    expect(parseNumber('1,200')).toBe(1200);
    expect(parseNumber(' 12,500,000 ')).toBe(12_500_000);
    expect(parseNumber('1,200.5')).toBe(1200.5);
    expect(parseNumber('1.200,5')).toBe(1200.5);
    expect(parseNumber('1.200.000')).toBe(1_200_000);
    expect(parseNumber('1 200')).toBe(1200);
    expect(parseNumber('1\u00a0200')).toBe(1200);
    expect(parseNumber('3,5')).toBe(3.5);
    expect(parseNumber('-0,25')).toBe(-0.25);
  });

  it('keeps plain numbers and refuses text, hex and blanks', () => {
    expect(parseNumber('42')).toBe(42);
    expect(parseNumber('1.200')).toBe(1.2);
    expect(parseNumber('1e3')).toBe(1000);
    for (const cell of ['', '  ', '0x1F', 'Infinity', '12 people', '1,2,3', 'VP']) expect(parseNumber(cell), cell).toBeUndefined();
  });
});
