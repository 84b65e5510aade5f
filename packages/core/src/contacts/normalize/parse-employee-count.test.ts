import { describe, expect, it } from 'vitest';
import { parseEmployeeCount } from './parse-employee-count.js';

describe('parseEmployeeCount', () => {
  it.each([
    ['250', { count: 250 }],
    ['1,200', { count: 1200 }],
    ['1.200', { count: 1200 }],
    ['1 200', { count: 1200 }],
    ['1.5k', { count: 1500 }],
    ['~50 employees', { count: 50 }],
    ['51-200', { count: 51, range: '51-200' }],
    ['51 - 200 employees', { count: 51, range: '51-200' }],
    ['51 to 200', { count: 51, range: '51-200' }],
    ['1,001-5,000', { count: 1001, range: '1001-5000' }],
    ['1k-5k', { count: 1000, range: '1000-5000' }],
    ['10,001+', { count: 10001, range: '10001+' }],
    ['10001+ employees', { count: 10001, range: '10001+' }],
    ['Myself Only', { count: 1 }],
    ['0', { count: 0 }],
    ['over 500', { count: 500, range: '500+' }],
  ])('%j → %j', (raw, expected) => {
    expect(parseEmployeeCount(raw)).toEqual(expected);
  });

  it.each(['', 'many', 'n/a', '200-50', 'large'])('%j → undefined', (raw) => {
    expect(parseEmployeeCount(raw)).toBeUndefined();
  });
});
