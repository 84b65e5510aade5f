/**
 * Countries for synthetic contacts: how people write the country, cities, phone numbering, company
 * legal forms, web and free-mail domains, and which name origins live there.
 * @internal
 */
import type { NameOrigin } from './contact-names.js';

/** Where a country sits for go-to-market purposes. */
export type MarketRegion = 'north-america' | 'europe' | 'other';

/** A country's phone numbering, enough to write plausible numbers in several formats. */
export interface PhonePlan {
  /** Country calling code without `+`. */
  countryCode: string;
  /** National trunk prefix written before the number in national format (`0`), or empty. */
  trunk: string;
  /** Leading digits (area code or mobile prefix) and how many digits follow them. */
  ranges: readonly (readonly [prefix: string, restLength: number])[];
}

/** One country and how it appears in contact lists. */
export interface CountryProfile {
  /** ISO 3166-1 alpha-2. */
  code: string;
  region: MarketRegion;
  /** Ways the country is written, the most common first. */
  names: readonly string[];
  cities: readonly string[];
  phone: PhonePlan;
  /** Company legal forms, each with its written variants (first is the usual one). */
  legalForms: readonly (readonly string[])[];
  /** Top-level domains companies here use, most common first. */
  tlds: readonly string[];
  freeMail: readonly string[];
  /** LinkedIn country subdomain, e.g. `de` for `de.linkedin.com`. */
  linkedinSubdomain: string;
  /** Name origins of people working here, with weights. */
  origins: readonly (readonly [NameOrigin, number])[];
  /** Relative share of contacts based here. */
  weight: number;
}

const usForms = [
  ['Inc.', 'Inc', ', Inc.', 'Incorporated'],
  ['LLC', ', LLC', 'L.L.C.'],
  ['Corp.', 'Corporation', 'Corp'],
];
const ukForms = [
  ['Ltd', 'Ltd.', 'Limited'],
  ['plc', 'PLC'],
];
const germanForms = [
  ['GmbH', 'Gmbh', 'G.m.b.H.'],
  ['AG'],
  ['GmbH & Co. KG', 'GmbH & Co KG'],
];
const usMail = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com'];

/** The countries the generator draws from. */
export const countries: readonly CountryProfile[] = [
  {
    code: 'US',
    region: 'north-america',
    names: ['United States', 'USA', 'US', 'United States of America', 'U.S.'],
    cities: ['New York', 'San Francisco', 'Austin', 'Boston', 'Chicago', 'Seattle', 'Denver', 'Atlanta', 'Los Angeles', 'Miami', 'San Francisco, CA', 'New York, NY'],
    phone: { countryCode: '1', trunk: '', ranges: [['212', 7], ['415', 7], ['512', 7], ['617', 7], ['312', 7], ['206', 7], ['303', 7], ['404', 7], ['310', 7], ['305', 7]] },
    legalForms: usForms,
    tlds: ['com', 'com', 'com', 'io', 'ai', 'co'],
    freeMail: usMail,
    linkedinSubdomain: 'www',
    origins: [['en', 80], ['es', 8], ['de', 4], ['fr', 3], ['nl', 2], ['nordic', 2], ['cz', 1]],
    weight: 30,
  },
  {
    code: 'CA',
    region: 'north-america',
    names: ['Canada', 'CA'],
    cities: ['Toronto', 'Vancouver', 'Montreal', 'Ottawa', 'Calgary'],
    phone: { countryCode: '1', trunk: '', ranges: [['416', 7], ['604', 7], ['514', 7], ['613', 7], ['403', 7]] },
    legalForms: [['Inc.', 'Inc', ', Inc.'], ['Ltd.', 'Ltd', 'Limited'], ['Corp.', 'Corporation']],
    tlds: ['ca', 'com', 'io'],
    freeMail: ['gmail.com', 'outlook.com', 'yahoo.ca', 'hotmail.com'],
    linkedinSubdomain: 'ca',
    origins: [['en', 75], ['fr', 20], ['es', 5]],
    weight: 5,
  },
  {
    code: 'GB',
    region: 'europe',
    names: ['United Kingdom', 'UK', 'GB', 'Great Britain', 'England'],
    cities: ['London', 'Manchester', 'Edinburgh', 'Bristol', 'Cambridge', 'Leeds'],
    phone: { countryCode: '44', trunk: '0', ranges: [['20', 8], ['161', 7], ['131', 7], ['117', 7], ['77', 8], ['79', 8]] },
    legalForms: ukForms,
    tlds: ['co.uk', 'com', 'io'],
    freeMail: ['gmail.com', 'outlook.com', 'hotmail.co.uk', 'yahoo.co.uk', 'btinternet.com'],
    linkedinSubdomain: 'uk',
    origins: [['en', 85], ['es', 3], ['fr', 4], ['de', 3], ['nordic', 2], ['nl', 2], ['cz', 1]],
    weight: 10,
  },
  {
    code: 'IE',
    region: 'europe',
    names: ['Ireland', 'IE'],
    cities: ['Dublin', 'Cork', 'Galway'],
    phone: { countryCode: '353', trunk: '0', ranges: [['1', 7], ['87', 7], ['85', 7]] },
    legalForms: [['Ltd', 'Limited', 'Ltd.'], ['DAC']],
    tlds: ['ie', 'com', 'io'],
    freeMail: ['gmail.com', 'outlook.com', 'eircom.net'],
    linkedinSubdomain: 'ie',
    origins: [['en', 95], ['es', 3], ['fr', 2]],
    weight: 2,
  },
  {
    code: 'DE',
    region: 'europe',
    names: ['Germany', 'Deutschland', 'DE'],
    cities: ['Berlin', 'München', 'Munich', 'Hamburg', 'Frankfurt am Main', 'Köln', 'Stuttgart', 'Düsseldorf', 'Leipzig'],
    phone: { countryCode: '49', trunk: '0', ranges: [['30', 8], ['89', 8], ['40', 8], ['69', 8], ['221', 7], ['151', 8], ['160', 7], ['171', 7], ['176', 8]] },
    legalForms: germanForms,
    tlds: ['de', 'de', 'com', 'io'],
    freeMail: ['gmail.com', 'gmx.de', 'web.de', 't-online.de', 'outlook.de'],
    linkedinSubdomain: 'de',
    origins: [['de', 85], ['en', 5], ['nl', 2], ['cz', 2], ['fr', 2], ['es', 2], ['nordic', 2]],
    weight: 12,
  },
  {
    code: 'AT',
    region: 'europe',
    names: ['Austria', 'Österreich', 'AT'],
    cities: ['Wien', 'Vienna', 'Graz', 'Linz', 'Salzburg'],
    phone: { countryCode: '43', trunk: '0', ranges: [['1', 7], ['664', 7], ['316', 6]] },
    legalForms: [['GmbH', 'Gmbh'], ['AG']],
    tlds: ['at', 'com'],
    freeMail: ['gmail.com', 'gmx.at', 'outlook.com'],
    linkedinSubdomain: 'at',
    origins: [['de', 85], ['cz', 8], ['en', 7]],
    weight: 2,
  },
  {
    code: 'CH',
    region: 'europe',
    names: ['Switzerland', 'Schweiz', 'Suisse', 'CH'],
    cities: ['Zürich', 'Zurich', 'Genève', 'Basel', 'Bern', 'Lausanne'],
    phone: { countryCode: '41', trunk: '0', ranges: [['44', 7], ['22', 7], ['61', 7], ['79', 7], ['78', 7]] },
    legalForms: [['AG'], ['GmbH'], ['SA', 'S.A.']],
    tlds: ['ch', 'com', 'io'],
    freeMail: ['gmail.com', 'bluewin.ch', 'gmx.ch'],
    linkedinSubdomain: 'ch',
    origins: [['de', 60], ['fr', 25], ['en', 10], ['es', 5]],
    weight: 3,
  },
  {
    code: 'CZ',
    region: 'europe',
    names: ['Czech Republic', 'Czechia', 'Česká republika', 'CZ'],
    cities: ['Praha', 'Prague', 'Brno', 'Ostrava', 'Plzeň'],
    phone: { countryCode: '420', trunk: '', ranges: [['2', 8], ['5', 8], ['60', 7], ['72', 7], ['77', 7]] },
    legalForms: [['s.r.o.', 's. r. o.', 'spol. s r.o.'], ['a.s.', 'a. s.']],
    tlds: ['cz', 'com', 'io'],
    freeMail: ['seznam.cz', 'gmail.com', 'email.cz', 'centrum.cz'],
    linkedinSubdomain: 'cz',
    origins: [['cz', 90], ['en', 4], ['de', 4], ['es', 2]],
    weight: 5,
  },
  {
    code: 'FR',
    region: 'europe',
    names: ['France', 'FR'],
    cities: ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Nantes', 'Lille'],
    phone: { countryCode: '33', trunk: '0', ranges: [['1', 8], ['4', 8], ['6', 8], ['7', 8]] },
    legalForms: [['SAS', 'S.A.S.'], ['SA', 'S.A.'], ['SARL']],
    tlds: ['fr', 'com', 'io'],
    freeMail: ['gmail.com', 'orange.fr', 'free.fr', 'hotmail.fr', 'laposte.net'],
    linkedinSubdomain: 'fr',
    origins: [['fr', 88], ['es', 4], ['en', 4], ['de', 2], ['nl', 2]],
    weight: 8,
  },
  {
    code: 'ES',
    region: 'europe',
    names: ['Spain', 'España', 'ES'],
    cities: ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Málaga', 'Bilbao'],
    phone: { countryCode: '34', trunk: '', ranges: [['91', 7], ['93', 7], ['96', 7], ['6', 8]] },
    legalForms: [['S.L.', 'SL', 'S.L.U.'], ['S.A.', 'SA']],
    tlds: ['es', 'com', 'io'],
    freeMail: ['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es', 'telefonica.net'],
    linkedinSubdomain: 'es',
    origins: [['es', 90], ['en', 4], ['fr', 3], ['de', 3]],
    weight: 6,
  },
  {
    code: 'NL',
    region: 'europe',
    names: ['Netherlands', 'The Netherlands', 'Nederland', 'Holland', 'NL'],
    cities: ['Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Eindhoven'],
    phone: { countryCode: '31', trunk: '0', ranges: [['20', 7], ['10', 7], ['30', 7], ['6', 8]] },
    legalForms: [['B.V.', 'BV', 'B.V'], ['N.V.', 'NV']],
    tlds: ['nl', 'com', 'io'],
    freeMail: ['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'hotmail.nl', 'outlook.com'],
    linkedinSubdomain: 'nl',
    origins: [['nl', 85], ['en', 5], ['de', 5], ['nordic', 3], ['fr', 2]],
    weight: 5,
  },
  {
    code: 'SE',
    region: 'europe',
    names: ['Sweden', 'Sverige', 'SE'],
    cities: ['Stockholm', 'Göteborg', 'Gothenburg', 'Malmö', 'Uppsala'],
    phone: { countryCode: '46', trunk: '0', ranges: [['8', 7], ['31', 7], ['70', 7], ['73', 7]] },
    legalForms: [['AB'], ['AB (publ)']],
    tlds: ['se', 'com', 'io'],
    freeMail: ['gmail.com', 'hotmail.se', 'telia.com', 'outlook.com'],
    linkedinSubdomain: 'se',
    origins: [['nordic', 90], ['en', 5], ['de', 5]],
    weight: 4,
  },
  {
    code: 'NO',
    region: 'europe',
    names: ['Norway', 'Norge', 'NO'],
    cities: ['Oslo', 'Bergen', 'Trondheim', 'Stavanger'],
    phone: { countryCode: '47', trunk: '', ranges: [['2', 7], ['4', 7], ['9', 7]] },
    legalForms: [['AS'], ['ASA']],
    tlds: ['no', 'com'],
    freeMail: ['gmail.com', 'online.no', 'hotmail.com'],
    linkedinSubdomain: 'no',
    origins: [['nordic', 92], ['en', 8]],
    weight: 2,
  },
  {
    code: 'DK',
    region: 'europe',
    names: ['Denmark', 'Danmark', 'DK'],
    cities: ['København', 'Copenhagen', 'Aarhus', 'Odense'],
    phone: { countryCode: '45', trunk: '', ranges: [['3', 7], ['2', 7], ['4', 7]] },
    legalForms: [['ApS'], ['A/S']],
    tlds: ['dk', 'com', 'io'],
    freeMail: ['gmail.com', 'hotmail.dk', 'outlook.dk'],
    linkedinSubdomain: 'dk',
    origins: [['nordic', 92], ['en', 4], ['de', 4]],
    weight: 2,
  },
  {
    code: 'FI',
    region: 'europe',
    names: ['Finland', 'Suomi', 'FI'],
    cities: ['Helsinki', 'Espoo', 'Tampere', 'Oulu'],
    phone: { countryCode: '358', trunk: '0', ranges: [['9', 7], ['40', 7], ['50', 7]] },
    legalForms: [['Oy'], ['Oyj']],
    tlds: ['fi', 'com', 'io'],
    freeMail: ['gmail.com', 'hotmail.com', 'luukku.com'],
    linkedinSubdomain: 'fi',
    origins: [['nordic', 95], ['en', 5]],
    weight: 2,
  },
  {
    code: 'AU',
    region: 'other',
    names: ['Australia', 'AU'],
    cities: ['Sydney', 'Melbourne', 'Brisbane', 'Perth'],
    phone: { countryCode: '61', trunk: '0', ranges: [['2', 8], ['3', 8], ['4', 8]] },
    legalForms: [['Pty Ltd', 'Pty. Ltd.', 'PTY LTD']],
    tlds: ['com.au', 'com', 'io'],
    freeMail: ['gmail.com', 'bigpond.com', 'outlook.com'],
    linkedinSubdomain: 'au',
    origins: [['en', 90], ['es', 4], ['nl', 3], ['de', 3]],
    weight: 3,
  },
  {
    code: 'SG',
    region: 'other',
    names: ['Singapore', 'SG'],
    cities: ['Singapore'],
    phone: { countryCode: '65', trunk: '', ranges: [['6', 7], ['8', 7], ['9', 7]] },
    legalForms: [['Pte. Ltd.', 'Pte Ltd', 'PTE LTD']],
    tlds: ['sg', 'com', 'io'],
    freeMail: ['gmail.com', 'yahoo.com.sg', 'hotmail.com'],
    linkedinSubdomain: 'sg',
    origins: [['en', 90], ['fr', 5], ['de', 5]],
    weight: 1,
  },
  {
    code: 'BR',
    region: 'other',
    names: ['Brazil', 'Brasil', 'BR'],
    cities: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Curitiba'],
    phone: { countryCode: '55', trunk: '0', ranges: [['119', 8], ['219', 8], ['11', 8]] },
    legalForms: [['Ltda.', 'Ltda', 'LTDA'], ['S.A.', 'SA']],
    tlds: ['com.br', 'com'],
    freeMail: ['gmail.com', 'hotmail.com', 'uol.com.br'],
    linkedinSubdomain: 'br',
    origins: [['es', 80], ['en', 10], ['de', 5], ['fr', 5]],
    weight: 2,
  },
];

/** Ascii folding for emails, slugs and domains: `Jiří Dvořák` → `Jiri Dvorak`, `Weiß` → `Weiss`. */
export function foldToAscii(text: string): string {
  return text
    .replace(/[ßøØæÆœŒłŁđĐıþ]/g, (character) => asciiSpecial[character] ?? character)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const asciiSpecial: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  þ: 'th',
};
