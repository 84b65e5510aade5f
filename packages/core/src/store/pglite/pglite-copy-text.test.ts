import { describe, expect, it } from 'vitest';
import { copyTexts } from './pglite-copy-text.mjs';

describe('copyTexts', () => {
  it('escapes backslash, tab and line breaks, replaces NUL, and tells null from the empty string', () => {
    const rows = [['a\\b', 'tab\there', 'line\nbreak', 'cr\rlf', 'nul\0x', 'Zoë 東京 🙂', '', null, true, false, 2.5]];
    expect([...copyTexts(rows)]).toEqual(['a\\\\b\ttab\\there\tline\\nbreak\tcr\\rlf\tnul\uFFFDx\tZoë 東京 🙂\t\t\\N\tt\tf\t2.5\n']);
  });

  it('yields one payload per 20,000 rows', () => {
    const texts = [...copyTexts(Array.from({ length: 40_001 }, (_, index) => [index]))];
    expect(texts.map((text) => text.split('\n').length - 1)).toEqual([20_000, 20_000, 1]);
    expect(copyTexts([]).next().done).toBe(true);
  });
});
