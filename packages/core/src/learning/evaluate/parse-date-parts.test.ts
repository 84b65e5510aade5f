import { describe, expect, it } from 'vitest';
import { parseDateParts } from './parse-date-parts.js';

describe('parseDateParts', () => {
  it('reads the weekday and written hour of year-first dates', () => {
    // 6 January 2025 was a Monday.
    expect(parseDateParts('2025-01-06 09:30')).toMatchObject({ weekday: 'Monday', hour: 9 });
    expect(parseDateParts('2025-01-06T23:05:00.000Z')).toMatchObject({ weekday: 'Monday', hour: 23 });
    expect(parseDateParts('2025/01/11')).toMatchObject({ weekday: 'Saturday', hour: undefined });
    expect(parseDateParts('2025-01-06 09:30')!.writtenTime).toBeLessThan(parseDateParts('2025-01-06 10:00')!.writtenTime);
  });

  it('reads day-first and month-first dates by the order given, and month-name dates', () => {
    // Were left unread: only year-first dates were dates.
    expect(parseDateParts('06/01/2025', 'dmy')).toMatchObject({ weekday: 'Monday', hour: undefined });
    expect(parseDateParts('01/06/2025', 'mdy')).toMatchObject({ weekday: 'Monday', hour: undefined });
    expect(parseDateParts('01/06/2025')).toMatchObject({ weekday: 'Monday' });
    expect(parseDateParts('6.1.2025 14:45', 'dmy')).toMatchObject({ weekday: 'Monday', hour: 14 });
    expect(parseDateParts('Jan 06, 2025')).toMatchObject({ weekday: 'Monday', hour: undefined });
    expect(parseDateParts('6 January 2025 9:30 am')).toMatchObject({ weekday: 'Monday', hour: 9 });
    expect(parseDateParts('Jan 06, 2025')!.writtenTime).toBe(parseDateParts('2025-01-06')!.writtenTime);
  });

  it('reads the hour and weekday as written, local to the sender, whatever offset or zone follows', () => {
    // 2 March 2026 was a Monday. Year-first dates always read as written; the others were read at UTC
    // (8 for 09:15 +0100, Tuesday 4 for Monday 23:15 -0500), or not read at all.
    const written = parseDateParts('2026-03-02 09:15')!.writtenTime;
    const cells = [
      '2026-03-02 09:15 +0200',
      '2026-03-02T09:15:00-05:00',
      'Mon, 02 Mar 2026 09:15:00 +0100',
      'Mon, 02 Mar 2026 09:15:00 +0100 (CET)',
      'Mon, 02 Mar 2026 09:15:00 GMT',
      '03/02/2026 9:15 AM',
      '03/02/2026 9:15 AM PST',
      '03/02/2026 09:15 +0100',
      'Mar 2, 2026 9:15 AM CET',
      '2026-03-02 09:15 CET',
      '2026-03-02 9:15 am',
      '2026-03-02T09:15:00+01:00[Europe/Paris]',
      'Mon Mar 02 2026 09:15:00 GMT+0100 (Central European Standard Time)',
      'Mon Mar 02 09:15:00 EST 2026',
    ];
    for (const cell of cells) expect(parseDateParts(cell, 'mdy'), cell).toEqual({ weekday: 'Monday', hour: 9, writtenTime: written });
    expect(parseDateParts('Mon, 02 Mar 2026 23:15:00 -0500')).toMatchObject({ weekday: 'Monday', hour: 23 });
    expect(parseDateParts('02.03.2026 23:15 +0100', 'dmy')).toMatchObject({ weekday: 'Monday', hour: 23 });
    expect(parseDateParts('2026-03-02 9:15 pm')).toMatchObject({ weekday: 'Monday', hour: 21 });
  });

  it('reads the hour of a German `Uhr` time, with or without minutes', () => {
    // `9 Uhr` was read as a date alone (no hour): only an `h:mm` time counted as one.
    const written = parseDateParts('2026-03-02 09:00')!.writtenTime;
    for (const cell of ['2.3.2026 9 Uhr', '02.03.2026, 9 Uhr', '02.03.2026 9Uhr', '02.03.2026 9 Uhr +0100', '02.03.2026 9 Uhr MEZ']) {
      expect(parseDateParts(cell, 'dmy'), cell).toEqual({ weekday: 'Monday', hour: 9, writtenTime: written });
    }
    expect(parseDateParts('2026-03-02 9 Uhr')).toEqual({ weekday: 'Monday', hour: 9, writtenTime: written });
    expect(parseDateParts('02.03.2026 09:15 Uhr', 'dmy')).toEqual({ weekday: 'Monday', hour: 9, writtenTime: written + 15 * 60_000 });
    expect(parseDateParts('02.03.2026 23 Uhr', 'dmy')).toMatchObject({ weekday: 'Monday', hour: 23 });
    expect(parseDateParts('02.03.2026 24 Uhr', 'dmy')).toBeUndefined();
  });

  it('refuses impossible dates and text that only looks like one', () => {
    for (const cell of ['2025-02-30', '2025-01-06 25:00', '31/02/2025', '13/01/2025', 'Monday', 'Q1 2025', 'Mayor 2025', 'March', '']) expect(parseDateParts(cell), cell).toBeUndefined();
  });
});
