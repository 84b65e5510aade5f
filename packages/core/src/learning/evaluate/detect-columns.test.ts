import { describe, expect, it } from 'vitest';
import { detectColumns } from './detect-columns.js';

const header = ['row_id', 'Lead ID', 'employees', 'sent_at', 'signup_date', 'title', 'fit'];
const rows = Array.from({ length: 40 }, (_, index) => [
  String(1000 + index),
  String((index * 7919) % 100_003),
  index % 3 === 0 ? '' : index % 2 === 0 ? '1,200' : String(40 + index),
  `2025-03-${String(1 + (index % 28)).padStart(2, '0')} ${9 + (index % 8)}:15`,
  `2024-12-${String(1 + (index % 28)).padStart(2, '0')}`,
  index % 2 === 0 ? 'VP Sales' : 'CTO',
  String(index / 40),
]);

describe('detectColumns', () => {
  const detected = detectColumns(header, rows, new Set());

  it('reads "1,200"-style counts as numbers, not as categories', () => {
    expect(detected.numeric.map((column) => column.name)).toContain('employees');
    expect(detected.categorical.map((column) => column.name)).not.toContain('employees');
  });

  it('keeps a number column numeric when some cells say n/a or -', () => {
    const marked = rows.map((cells, index) => [index % 5 === 0 ? 'n/a' : index % 7 === 0 ? '-' : (cells[2] ?? '')]);
    expect(detectColumns(['employees'], marked, new Set()).numeric).toEqual([{ name: 'employees', index: 0 }]);
    const text = rows.map((_, index) => [index % 5 === 0 ? 'n/a' : 'VP']);
    expect(detectColumns(['title'], text, new Set()).categorical).toEqual([{ name: 'title', index: 0 }]);
  });

  it('leaves out whole-number row ids (counting up, or named like a key) but keeps a unique measurement', () => {
    expect(detected.skipped).toEqual([
      { name: 'row_id', reason: 'identifier' },
      { name: 'Lead ID', reason: 'identifier' },
    ]);
    // Every value of `fit` differs, but it is a fraction, so it stays a feature.
    expect(detected.numeric.map((column) => column.name)).toEqual(['employees', 'fit']);
  });

  it('uses year-first date columns through their weekday and, when times are written, hour', () => {
    expect(detected.dates).toEqual([
      { name: 'sent_at', index: 3, hasTime: true, order: 'mdy' },
      { name: 'signup_date', index: 4, hasTime: false, order: 'mdy' },
    ]);
    expect(detected.categorical.map((column) => column.name)).toEqual(['title']);
  });

  it('reads a date column written several ways (slash, month name, ISO) as dates, with the slash order inferred from its values', () => {
    // 40 distinct days of January–February 2025, a third of them day-first slash dates (one above 12 shows the order).
    const days = Array.from({ length: 40 }, (_, index) => new Date(Date.UTC(2025, 0, 6 + index)));
    const month = (date: Date) => date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    const two = (value: number) => String(value).padStart(2, '0');
    const written = days.map((date, index) =>
      index % 3 === 0
        ? `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/2025`
        : index % 3 === 1
          ? `${month(date)} ${two(date.getUTCDate())}, 2025`
          : date.toISOString().slice(0, 10),
    );
    const mixed = detectColumns(['Sent'], written.map((cell) => [cell]), new Set());
    // Was left out as an identifier: only the ISO third read as dates.
    expect(mixed.skipped).toEqual([]);
    expect(mixed.dates).toEqual([{ name: 'Sent', index: 0, hasTime: false, order: 'dmy' }]);
    const monthFirst = detectColumns(['Sent'], days.map((date) => [`${date.getUTCMonth() + 1}/${date.getUTCDate()}/2025`]), new Set());
    expect(monthFirst.dates).toEqual([{ name: 'Sent', index: 0, hasTime: false, order: 'mdy' }]);
  });
});
