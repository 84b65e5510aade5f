import { describe, expect, it } from 'vitest';
import { parseLocation } from './parse-location.js';

describe('parseLocation', () => {
  it.each([
    ['Prague, Czechia', { city: 'Prague', country: 'CZ' }],
    ['Praha, Česko', { city: 'Praha', country: 'CZ' }],
    ['Berlin, Germany', { city: 'Berlin', country: 'DE' }],
    ['Austin, Texas, United States', { city: 'Austin', region: 'TX', country: 'US' }],
    ['Austin, TX', { city: 'Austin', region: 'TX', country: 'US' }],
    ['Toronto, Ontario, Canada', { city: 'Toronto', region: 'ON', country: 'CA' }],
    ['San Francisco Bay Area', { city: 'San Francisco', country: 'US' }],
    ['Greater Boston Area', { city: 'Boston', country: 'US' }],
    ['Greater London', { city: 'London', country: 'GB' }],
    ['London, England, United Kingdom', { city: 'London', region: 'England', country: 'GB' }],
    ['Munich, Bavaria, Germany', { city: 'Munich', region: 'Bavaria', country: 'DE' }],
    ['Germany', { country: 'DE' }],
    ['California', { region: 'CA', country: 'US' }],
    ['Springfield', { city: 'Springfield' }],
    ['New York, NY', { city: 'New York', region: 'NY', country: 'US' }],
    ['Berlin, DE', { city: 'Berlin', country: 'DE' }],
    ['Dover, DE', { city: 'Dover', region: 'DE', country: 'US' }],
    ['Remote', {}],
    ['EMEA', {}],
    ['', {}],
  ])('%j → %j', (raw, expected) => {
    expect(parseLocation(raw)).toEqual(expected);
  });
});
