import { describe, expect, it } from 'vitest';
import { parseTimestamp, sqlTypeParsers } from './sql-type-parsers.js';

describe('parseTimestamp', () => {
  it.each([
    ['2024-05-01 09:30:00+00', '2024-05-01T09:30:00.000Z'],
    ['2024-05-01 09:30:00.123456+00', '2024-05-01T09:30:00.123Z'],
    ['2024-05-01 15:00:00.5+05:30', '2024-05-01T09:30:00.500Z'],
    ['2024-04-30 23:30:00-10', '2024-05-01T09:30:00.000Z'],
    ['1883-11-18 12:00:00-07:52:58', '1883-11-18T19:52:58.000Z'],
    ['2024-05-01 09:30:00', '2024-05-01T09:30:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseTimestamp(text)).toBe(iso);
  });

  it('leaves values it cannot read as they are', () => {
    expect(parseTimestamp('infinity')).toBe('infinity');
  });
});

describe('sqlTypeParsers', () => {
  it('reads bigint, numeric and jsonb text forms', () => {
    expect(sqlTypeParsers[20]?.('42')).toBe(42);
    expect(sqlTypeParsers[1700]?.('1.50')).toBe(1.5);
    expect(sqlTypeParsers[3802]?.('{"a":1}')).toEqual({ a: 1 });
  });
});
