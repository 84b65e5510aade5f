import { describe, expect, it } from 'vitest';
import { readNumericDateOrder } from './numeric-date-order.js';

describe('readNumericDateOrder', () => {
  it('counts the values that read only one way and keeps the first that reads two', () => {
    expect(readNumericDateOrder(['2024-01-01', '03/04/2024', '25/03/2024', ' 26-03-2024', '03/25/2024'], { separators: '/-' })).toEqual({
      dayFirst: 2,
      monthFirst: 1,
      first: 'day-first',
      ambiguous: '03/04/2024',
    });
  });

  it('decides from the first value that tells when asked to stop there (the events import)', () => {
    const first = (values: string[]) => readNumericDateOrder(values, { separators: '/.', stopAtFirst: true }).first;
    expect(first(['2024-01-01', '03/04/2024', '25/03/2024'])).toBe('day-first');
    expect(first(['03/25/2024', '25/03/2024'])).toBe('month-first');
    expect(first(['03/04/2024', ''])).toBeUndefined();
    expect(first([])).toBeUndefined();
    expect(readNumericDateOrder(['03/25/2024', '25/03/2024'], { separators: '/.', stopAtFirst: true })).toEqual({ dayFirst: 0, monthFirst: 1, first: 'month-first' });
  });

  it('reads only its separators, and a date that reads the same both ways shows nothing', () => {
    expect(readNumericDateOrder(['25.03.2024', '03.25.2024'], { separators: '/-' })).toEqual({ dayFirst: 0, monthFirst: 0 });
    expect(readNumericDateOrder(['25-03-2024'], { separators: '/.' })).toEqual({ dayFirst: 0, monthFirst: 0 });
    expect(readNumericDateOrder(['25.03.2024 09:30'], { separators: '/.' })).toMatchObject({ first: 'day-first' });
    expect(readNumericDateOrder(['04/04/2026', '13/13/2026'], { separators: '/-' })).toEqual({ dayFirst: 0, monthFirst: 0 });
  });
});
