import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDate } from './normalize-date.js';

describe('normalizeDate', () => {
  it.each([
    ['19081209', '1908-12-09'],
    ['1971-06-24', '1971-06-24'],
    ['1971-6-4', '1971-06-04'],
    ['1971/06/24', '1971-06-24'],
    ['2021-03-12T10:00:00Z', '2021-03-12'],
    ['2021-03-12 10:00', '2021-03-12'],
    ['12 Mar 2021', '2021-03-12'],
    ['12 March 2021', '2021-03-12'],
    ['12th March 2021', '2021-03-12'],
    ['7-Feb-22', '2022-02-07'],
    ['07-FEB-1965', '1965-02-07'],
    ['March 12, 2021', '2021-03-12'],
    ['Mar. 12 2021', '2021-03-12'],
    ['03/15/1990', '1990-03-15'],
    ['15/03/1990', '1990-03-15'],
    ['03/04/1990', '1990-03-04'],
    ['3/4/90', '1990-03-04'],
    ['15.03.1990', '1990-03-15'],
    ['01.02.1990', '1990-02-01'],
    ['15-03-1990', '1990-03-15'],
    ['1. März 2021', '2021-03-01'],
    ['29 Feb 2024', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['  12  Mar  2021 ', '2021-03-12'],
    // Date-times as report exports write them (Salesforce, Excel); the time is dropped as for ISO ones.
    ['1/15/2026 9:30 AM', '2026-01-15'],
    ['1/15/2026, 9:30 AM', '2026-01-15'],
    ['15/01/2026 10:22', '2026-01-15'],
    ['15.01.2026 10:22:05', '2026-01-15'],
    ['15-01-2026T10:22', '2026-01-15'],
  ])('%j → %s', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });

  it('prefers day-first when asked', () => {
    expect(normalizeDate('03/04/1990', { prefer: 'day-first' })).toBe('1990-04-03');
    expect(normalizeDate('03/15/1990', { prefer: 'day-first' })).toBe('1990-03-15');
  });

  it('honours the two-digit year pivot', () => {
    expect(normalizeDate('7-Feb-22', { twoDigitYearPivot: 10 })).toBe('1922-02-07');
  });

  it.each(['', 'n/a', 'yesterday', '15/01/2026 tomorrow', '15/01/2026 1', '2021-02-30', '1900-02-29', '13/13/1990', '32.01.1990', '20211301', 'Foo 12, 2021', '12345', '2021-00-10'])(
    'rejects %j',
    (raw) => {
      expect(normalizeDate(raw)).toBeUndefined();
    },
  );

  it('round-trips every valid calendar date through its ISO form', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(normalizeDate(iso)).toBe(iso);
        expect(normalizeDate(iso.replaceAll('-', ''))).toBe(iso);
        const [year, month, day] = iso.split('-');
        expect(normalizeDate(`${day ?? ''}.${month ?? ''}.${year ?? ''}`)).toBe(iso);
      }),
    );
  });
});
