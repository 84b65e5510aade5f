import { describe, expect, it } from 'vitest';
import { normalizeDateTime } from './normalize-date-time.js';

describe('normalizeDateTime', () => {
  it.each([
    ['2023-11-02 09:15', '2023-11-02T09:15'],
    ['2023-11-02T09:15', '2023-11-02T09:15'],
    ['2023-11-02 09:15:30', '2023-11-02T09:15:30'],
    ['2023-11-02T09:15:30.250Z', '2023-11-02T09:15:30.250Z'],
    ['2023-11-02 09:15 UTC', '2023-11-02T09:15Z'],
    ['2023-11-02T09:15:00.000+0000', '2023-11-02T09:15:00.000+00:00'],
    ['15.01.2026 10:22:05 +01:00', '2026-01-15T10:22:05+01:00'],
    ['1/15/2026, 9:30 PM', '2026-01-15T21:30'],
    ['1/15/2026 12:05 AM', '2026-01-15T00:05'],
    // Spreadsheets write a plain date as midnight; a time that is no clock time is dropped.
    ['2023-11-02 00:00:00', '2023-11-02'],
    ['2023-11-02 25:00', '2023-11-02'],
    ['2023-11-02', '2023-11-02'],
    ['12 Mar 2021', '2021-03-12'],
    ['not a date 09:15', undefined],
  ])('%j', (raw, expected) => {
    expect(normalizeDateTime(raw)).toBe(expected);
  });

  it('reads ambiguous numeric dates as told', () => {
    expect(normalizeDateTime('03/04/2024 14:00', { prefer: 'day-first' })).toBe('2024-04-03T14:00');
  });

  it('gives its own output back unchanged', () => {
    for (const value of ['2023-11-02T09:15', '2023-11-02T09:15:30.250Z', '2026-01-15T10:22:05+01:00']) expect(normalizeDateTime(value)).toBe(value);
  });
});
