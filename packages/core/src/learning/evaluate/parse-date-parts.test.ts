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

  it('refuses impossible dates and text that only looks like one', () => {
    for (const cell of ['2025-02-30', '2025-01-06 25:00', '31/02/2025', '13/01/2025', 'Monday', 'Q1 2025', 'Mayor 2025', 'March', '']) expect(parseDateParts(cell), cell).toBeUndefined();
  });
});
