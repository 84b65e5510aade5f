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

  it('reads UTC times with any number of fraction digits as the general rule does', () => {
    const fractions = ['', '.1', '.12', '.123', '.1234', '.12345', '.123456', '.999999', '.000001'];
    for (const fraction of fractions) {
      for (const text of [`2024-12-31 23:59:59${fraction}+00`, `1999-01-01 00:00:00${fraction}+00`]) {
        // the same instant written with a zero offset in another form goes through the general rule
        expect(parseTimestamp(text)).toBe(parseTimestamp(text.replace('+00', '+00:00')));
        expect(parseTimestamp(text)).toBe(new Date(Date.parse(text.replace(' ', 'T').replace('+00', 'Z'))).toISOString());
      }
    }
  });

  it('gives the same answer for a repeated value and for the values between', () => {
    expect(parseTimestamp('2024-05-01 09:30:00+00')).toBe('2024-05-01T09:30:00.000Z');
    expect(parseTimestamp('2024-05-01 09:30:00+00')).toBe('2024-05-01T09:30:00.000Z');
    expect(parseTimestamp('2024-05-01 15:00:00.5+05:30')).toBe('2024-05-01T09:30:00.500Z');
    expect(parseTimestamp('2024-05-01 09:30:00+00')).toBe('2024-05-01T09:30:00.000Z');
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
