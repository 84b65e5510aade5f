import { describe, expect, it } from 'vitest';
import { bufferBlob, copyPayloads } from './pglite-copy-text.mjs';

const decoder = new TextDecoder();
const texts = (rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>): string[] =>
  [...copyPayloads(rows)].map((bytes) => decoder.decode(bytes));

describe('copyPayloads', () => {
  it('escapes backslash, tab and line breaks, replaces NUL, and tells null from the empty string', () => {
    const rows = [['a\\b', 'tab\there', 'line\nbreak', 'cr\rlf', 'nul\0x', 'Zoë 東京 🙂', '', null, true, false, 2.5]];
    expect(texts(rows)).toEqual(['a\\\\b\ttab\\there\tline\\nbreak\tcr\\rlf\tnul\uFFFDx\tZoë 東京 🙂\t\t\\N\tt\tf\t2.5\n']);
  });

  it('yields one payload per 20,000 rows', () => {
    const payloads = texts(Array.from({ length: 40_001 }, (_, index) => [index]));
    expect(payloads.map((text) => text.split('\n').length - 1)).toEqual([20_000, 20_000, 1]);
    expect(copyPayloads([]).next().done).toBe(true);
  });

  it('grows its buffer for long and multi-byte rows, and each payload owns exactly its bytes', () => {
    const rows = Array.from({ length: 30 }, (_, index) => [`${'東京🙂é'.repeat(4_000)}${index}`, 'x'.repeat(100_000)]);
    const [bytes] = [...copyPayloads(rows)];
    const expected = rows.map((row) => `${row.join('\t')}\n`).join('');
    expect(bytes && decoder.decode(bytes)).toBe(expected);
    expect(bytes?.byteOffset).toBe(0);
    expect(bytes?.buffer.byteLength).toBe(Buffer.byteLength(expected));
  });
});

describe('bufferBlob', () => {
  it('hands over the bytes of a whole buffer as they are, and copies only a view into a larger one', async () => {
    const whole = new TextEncoder().encode('a\tb\n');
    expect(await bufferBlob(whole).arrayBuffer()).toBe(whole.buffer);
    const view = whole.subarray(2);
    const copied = await bufferBlob(view).arrayBuffer();
    expect(decoder.decode(copied)).toBe('b\n');
  });
});
