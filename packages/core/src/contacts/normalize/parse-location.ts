import { boundedMemo } from './bounded-memo.js';
import { foldToAscii } from './fold-to-ascii.js';
import { normalizeCountry } from './normalize-country.js';

/** The parts of a free-text location. */
export interface ParsedLocation {
  city?: string;
  region?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
}

const usStates: readonly (readonly [string, string])[] = [
  ['AL', 'alabama'], ['AK', 'alaska'], ['AZ', 'arizona'], ['AR', 'arkansas'], ['CA', 'california'],
  ['CO', 'colorado'], ['CT', 'connecticut'], ['DE', 'delaware'], ['FL', 'florida'], ['GA', 'georgia'],
  ['HI', 'hawaii'], ['ID', 'idaho'], ['IL', 'illinois'], ['IN', 'indiana'], ['IA', 'iowa'],
  ['KS', 'kansas'], ['KY', 'kentucky'], ['LA', 'louisiana'], ['ME', 'maine'], ['MD', 'maryland'],
  ['MA', 'massachusetts'], ['MI', 'michigan'], ['MN', 'minnesota'], ['MS', 'mississippi'], ['MO', 'missouri'],
  ['MT', 'montana'], ['NE', 'nebraska'], ['NV', 'nevada'], ['NH', 'new hampshire'], ['NJ', 'new jersey'],
  ['NM', 'new mexico'], ['NY', 'new york'], ['NC', 'north carolina'], ['ND', 'north dakota'], ['OH', 'ohio'],
  ['OK', 'oklahoma'], ['OR', 'oregon'], ['PA', 'pennsylvania'], ['RI', 'rhode island'], ['SC', 'south carolina'],
  ['SD', 'south dakota'], ['TN', 'tennessee'], ['TX', 'texas'], ['UT', 'utah'], ['VT', 'vermont'],
  ['VA', 'virginia'], ['WA', 'washington'], ['WV', 'west virginia'], ['WI', 'wisconsin'], ['WY', 'wyoming'],
  ['DC', 'district of columbia'],
];
const canadianProvinces: readonly (readonly [string, string])[] = [
  ['AB', 'alberta'], ['BC', 'british columbia'], ['MB', 'manitoba'], ['NB', 'new brunswick'],
  ['NL', 'newfoundland and labrador'], ['NS', 'nova scotia'], ['ON', 'ontario'], ['PE', 'prince edward island'],
  ['QC', 'quebec'], ['SK', 'saskatchewan'],
];

/** Region (state/province) keys, folded, to [country, region as written back]. */
const regions = new Map<string, readonly [string, string]>();
for (const [code, name] of usStates) {
  regions.set(code.toLowerCase(), ['US', code]);
  regions.set(name, ['US', code]);
}
for (const [code, name] of canadianProvinces) {
  regions.set(code.toLowerCase(), ['CA', code]);
  regions.set(name, ['CA', code]);
}

/** Large business cities (English and native spellings, folded) and their country. */
const cityCountries: ReadonlyMap<string, string> = new Map([
  ...['new york', 'new york city', 'nyc', 'san francisco', 'sf', 'los angeles', 'chicago', 'boston', 'seattle', 'austin',
    'denver', 'atlanta', 'miami', 'dallas', 'houston', 'philadelphia', 'san diego', 'san jose', 'palo alto',
    'mountain view', 'menlo park', 'portland', 'salt lake city', 'minneapolis', 'detroit', 'phoenix',
    'washington dc', 'silicon valley', 'nashville', 'raleigh durham', 'pittsburgh'].map((city) => [city, 'US'] as const),
  ...['london', 'manchester', 'edinburgh', 'glasgow', 'bristol', 'birmingham', 'cambridge', 'oxford', 'leeds'].map((city) => [city, 'GB'] as const),
  ...['paris', 'lyon'].map((city) => [city, 'FR'] as const),
  ...['berlin', 'munich', 'munchen', 'hamburg', 'frankfurt', 'cologne', 'koln', 'stuttgart', 'dusseldorf'].map((city) => [city, 'DE'] as const),
  ...['prague', 'praha', 'brno', 'ostrava'].map((city) => [city, 'CZ'] as const),
  ...['vienna', 'wien'].map((city) => [city, 'AT'] as const),
  ...['zurich', 'geneva', 'geneve', 'basel', 'lausanne', 'zug'].map((city) => [city, 'CH'] as const),
  ...['amsterdam', 'rotterdam', 'the hague', 'utrecht', 'eindhoven'].map((city) => [city, 'NL'] as const),
  ...['brussels', 'bruxelles', 'antwerp', 'ghent'].map((city) => [city, 'BE'] as const),
  ...['dublin', 'cork'].map((city) => [city, 'IE'] as const),
  ...['madrid', 'barcelona', 'valencia'].map((city) => [city, 'ES'] as const),
  ...['lisbon', 'lisboa', 'porto'].map((city) => [city, 'PT'] as const),
  ...['milan', 'milano', 'rome', 'roma', 'turin', 'torino'].map((city) => [city, 'IT'] as const),
  ...['copenhagen', 'kobenhavn'].map((city) => [city, 'DK'] as const),
  ...['stockholm', 'gothenburg', 'goteborg', 'malmo'].map((city) => [city, 'SE'] as const),
  ...['oslo', 'bergen'].map((city) => [city, 'NO'] as const),
  ...['helsinki', 'espoo', 'tampere'].map((city) => [city, 'FI'] as const),
  ...['warsaw', 'warszawa', 'krakow', 'wroclaw'].map((city) => [city, 'PL'] as const),
  ...['budapest'].map((city) => [city, 'HU'] as const),
  ...['bratislava'].map((city) => [city, 'SK'] as const),
  ...['tallinn'].map((city) => [city, 'EE'] as const),
  ...['riga'].map((city) => [city, 'LV'] as const),
  ...['vilnius'].map((city) => [city, 'LT'] as const),
  ...['bucharest', 'bucuresti', 'cluj napoca'].map((city) => [city, 'RO'] as const),
  ...['toronto', 'vancouver', 'montreal', 'ottawa', 'calgary'].map((city) => [city, 'CA'] as const),
  ...['sydney', 'melbourne', 'brisbane', 'perth'].map((city) => [city, 'AU'] as const),
  ...['auckland', 'wellington'].map((city) => [city, 'NZ'] as const),
  ...['tel aviv', 'tel aviv yafo', 'jerusalem'].map((city) => [city, 'IL'] as const),
  ...['tokyo', 'osaka'].map((city) => [city, 'JP'] as const),
  ...['bangalore', 'bengaluru', 'mumbai', 'delhi', 'new delhi', 'hyderabad', 'pune', 'chennai', 'gurgaon', 'gurugram', 'noida'].map(
    (city) => [city, 'IN'] as const,
  ),
  ...['sao paulo', 'rio de janeiro'].map((city) => [city, 'BR'] as const),
  ...['mexico city', 'ciudad de mexico', 'guadalajara'].map((city) => [city, 'MX'] as const),
  ...['dubai', 'abu dhabi'].map((city) => [city, 'AE'] as const),
  ...['hong kong'].map((city) => [city, 'HK'] as const),
]);

// LinkedIn-style metro names: "Greater Boston Area", "San Francisco Bay Area", "Dallas-Fort Worth Metroplex".
const metroPrefix = /^greater\s+/i;
const metroSuffix = /\s+(?:bay area|metropolitan area|metro area|metro|metroplex|area|region|and vicinity)$/i;
const foldPunctuation = /[.'’]/g;
const foldSeparators = /[\s-]+/g;
const nonPlaces = new Set(['remote', 'worldwide', 'global', 'anywhere', 'emea', 'apac', 'latam', 'europe', 'eu', 'north america', 'dach', 'nordics', 'home office']);

/**
 * Splits a free-text location into city, region and ISO country where it can: `Prague, Czechia` →
 * Prague / CZ; `Austin, Texas, United States` → Austin / TX / US; `Austin, TX` → Austin / TX / US;
 * `San Francisco Bay Area` and `Greater London` → the city and, for about 150 large business cities,
 * its country; `Germany` → DE. `Remote`, `EMEA` and similar return `{}`. A part it cannot place is
 * kept as the city (first part) or the region (middle part).
 *
 * @example parseLocation('Greater Boston Area') // { city: 'Boston', country: 'US' }
 */
export function parseLocation(raw: string): ParsedLocation {
  return { ...memoized(raw) };
}

// Locations repeat heavily across an import (a city, a metro area, a country), so each is parsed once.
const memoized = boundedMemo(compute);

function compute(raw: string): ParsedLocation {
  const parts = raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length === 0 || (parts.length === 1 && nonPlaces.has(fold(parts[0] ?? '')))) return {};

  const result: ParsedLocation = {};
  const lastPart = parts[parts.length - 1] ?? '';
  const country = normalizeCountry(lastPart);
  // "Austin, CA" is California, but "Berlin, DE" is Germany: a two-letter code that is both a
  // country and a state is a country only when the city is known to be there.
  const ambiguous = parts.length > 1 && lastPart.length === 2 && regions.has(fold(lastPart));
  if (country !== undefined && (!ambiguous || cityCountries.get(fold(parts[0] ?? '')) === country)) {
    result.country = country;
    parts.pop();
  }
  if (parts.length > 1 || (parts.length === 1 && result.country === undefined)) {
    const region = regions.get(fold(parts[parts.length - 1] ?? ''));
    if (region !== undefined && (result.country === undefined || result.country === region[0])) {
      result.region = region[1];
      result.country = region[0];
      parts.pop();
    }
  }
  if (parts.length > 1) {
    const region = parts.slice(1).join(', ');
    if (result.region === undefined) result.region = region;
  }
  if (parts.length > 0) {
    const city = (parts[0] ?? '').replace(metroPrefix, '').replace(metroSuffix, '').trim();
    if (city.length > 0 && !nonPlaces.has(fold(city))) {
      result.city = city;
      result.country ??= cityCountries.get(fold(city));
    }
  }
  return result;
}

function fold(text: string): string {
  return foldToAscii(text).toLowerCase().replace(foldPunctuation, '').replace(foldSeparators, ' ').trim();
}
