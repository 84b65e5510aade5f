import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../dedup/field-comparators.js';
import { foldToAscii } from './fold-to-ascii.js';

describe('foldToAscii', () => {
  it.each([
    ['José', 'Jose'],
    ['Müller', 'Muller'],
    ['Øyvind', 'Oyvind'],
    ['Łukasz', 'Lukasz'],
    ['Groß', 'Gross'],
    ['Ħamrun', 'Hamrun'],
    ['Яндекс', 'Яндекс'],
  ])('%j → %j', (text, folded) => {
    expect(foldToAscii(text)).toBe(folded);
  });

  it("folds every Latin letter the way dedup's match key does", () => {
    // company keys (foldToAscii) and dedup's name keys must agree on a name and its ASCII spelling
    for (const text of ['José', 'Müller', 'Øyvind', 'Łukasz', 'Groß', 'Ħamrun', 'Þórður', 'Yılmaz', 'Đorđe', 'Æsir', 'Œuvre']) {
      expect(foldToAscii(text).toLowerCase()).toBe(normalizeForMatch(text));
    }
  });
});
