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

  it('refuses impossible and ambiguous dates', () => {
    for (const cell of ['2025-02-30', '2025-01-06 25:00', '06/01/2025', 'Monday', '']) expect(parseDateParts(cell), cell).toBeUndefined();
  });
});
