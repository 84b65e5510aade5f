import { boundedMemo } from '../contacts/normalize/bounded-memo.js';
/**
 * Region groups a playbook's `icp.geography.regions` can name, and country-name resolution.
 * Membership is by ISO 3166-1 alpha-2 code.
 */

const euCountries = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

/**
 * Region name → member countries. North America is the GTM sense (US and Canada; Mexico sits in
 * LATAM). CEE follows the usual sales-territory list (EU members east of the former Iron Curtain plus
 * the Western Balkans, Ukraine and Moldova).
 */
export const geographyRegions = {
  EU: euCountries,
  EEA: [...euCountries, 'IS', 'LI', 'NO'],
  DACH: ['DE', 'AT', 'CH'],
  Nordics: ['DK', 'FI', 'IS', 'NO', 'SE'],
  CEE: ['PL', 'CZ', 'SK', 'HU', 'RO', 'BG', 'SI', 'HR', 'EE', 'LV', 'LT', 'RS', 'BA', 'ME', 'MK', 'AL', 'UA', 'MD'],
  Benelux: ['BE', 'NL', 'LU'],
  'UK&I': ['GB', 'IE'],
  'North America': ['US', 'CA'],
  LATAM: ['MX', 'BR', 'AR', 'CL', 'CO', 'PE', 'UY', 'PY', 'BO', 'EC', 'VE', 'CR', 'PA', 'GT', 'DO', 'SV', 'HN', 'NI', 'CU', 'PR'],
  APAC: ['AU', 'NZ', 'JP', 'CN', 'IN', 'SG', 'KR', 'HK', 'TW', 'ID', 'MY', 'TH', 'PH', 'VN', 'PK', 'BD', 'LK'],
} as const satisfies Record<string, readonly string[]>;

/** A region group name, e.g. `DACH`. */
export type GeographyRegion = keyof typeof geographyRegions;

/** Every region group name, in documentation order. */
export const geographyRegionNames = Object.keys(geographyRegions) as GeographyRegion[];

/** Spellings people use for region names, lower-cased and stripped of spaces/punctuation. */
const regionAliases: Record<string, GeographyRegion> = {
  europeanunion: 'EU',
  nordic: 'Nordics',
  scandinavia: 'Nordics',
  centraleasterneurope: 'CEE',
  easterneurope: 'CEE',
  uki: 'UK&I',
  ukandireland: 'UK&I',
  ukireland: 'UK&I',
  britishisles: 'UK&I',
  na: 'North America',
  northamerica: 'North America',
  namer: 'North America',
  latinamerica: 'LATAM',
  asiapacific: 'APAC',
};

/** Resolves a region name case-insensitively (`dach`, `Nordic`, `UK & Ireland`); undefined when unknown. */
export function resolveRegion(value: string): GeographyRegion | undefined {
  const key = value.toLowerCase().replace(/[^a-z]/g, '');
  const direct = geographyRegionNames.find((name) => name.toLowerCase().replace(/[^a-z]/g, '') === key);
  return direct ?? regionAliases[key];
}

/** Country spellings `Intl.DisplayNames` does not produce. */
const countryAliases: Record<string, string> = {
  usa: 'US',
  us: 'US',
  unitedstatesofamerica: 'US',
  america: 'US',
  uk: 'GB',
  greatbritain: 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  northernireland: 'GB',
  deutschland: 'DE',
  osterreich: 'AT',
  schweiz: 'CH',
  suisse: 'CH',
  holland: 'NL',
  thenetherlands: 'NL',
  czechia: 'CZ',
  czechrepublic: 'CZ',
  southkorea: 'KR',
  korea: 'KR',
  uae: 'AE',
  espana: 'ES',
  sverige: 'SE',
  norge: 'NO',
  danmark: 'DK',
  suomi: 'FI',
  polska: 'PL',
  italia: 'IT',
  brasil: 'BR',
};

let countryNameIndex: Map<string, string> | undefined;
let regionDisplay: Intl.DisplayNames | undefined;

function displayRegion(code: string): string | undefined {
  regionDisplay ??= new Intl.DisplayNames(['en'], { type: 'region' });
  return regionDisplay.of(code);
}

function nameKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** English country names → ISO-2, built once from the runtime's ICU data. */
function countryNames(): Map<string, string> {
  if (countryNameIndex) return countryNameIndex;
  const index = new Map<string, string>(Object.entries(countryAliases));
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = canonicalCountryCode(String.fromCharCode(first, second));
      const name = code ? displayRegion(code) : undefined;
      if (!code || !name) continue;
      const key = nameKey(name);
      if (!index.has(key)) index.set(key, code);
    }
  }
  countryNameIndex = index;
  return index;
}

/** Private-use and supranational codes (`EU`, `UN`, `XA`…) that name no country; `XK` (Kosovo) stays. */
const nonCountryCode = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;

/** The current ISO-2 code for an assigned or deprecated code (`DD` → `DE`, `UK` → `GB`); undefined when unassigned. */
function canonicalCountryCode(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code) || nonCountryCode.test(code)) return undefined;
  const canonical = new Intl.Locale(`und-${code}`).region;
  if (!canonical || nonCountryCode.test(canonical) || displayRegion(canonical) === canonical) return undefined;
  return canonical;
}

/**
 * Resolves a country given as an ISO-2 code (`de`, `DE`) or an English or common local name
 * (`Germany`, `Deutschland`, `USA`) to its upper-case ISO-2 code; undefined when unknown.
 */
export function resolveCountry(value: string): string | undefined {
  return memoizedResolveCountry(value);
}

// Called once or twice per scored contact; ICU lookups (Intl.Locale, DisplayNames) are slow.
const memoizedResolveCountry = boundedMemo((value: string): string | undefined => {
  const trimmed = value.trim();
  if (trimmed.length === 2) {
    const code = canonicalCountryCode(trimmed.toUpperCase());
    if (code) return code;
  }
  return countryNames().get(nameKey(trimmed));
});

/** English display name of an ISO-2 code (`DE` → `Germany`), or the value itself when unknown. */
export function countryDisplayName(code: string): string {
  return memoizedDisplayName(code);
}

const memoizedDisplayName = boundedMemo((code: string): string => {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  return displayRegion(code) ?? code;
});
