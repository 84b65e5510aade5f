/**
 * The E.164 number libphonenumber-js makes of a plain phone number (digits with spaces, dashes, dots
 * and brackets, optionally after a leading `+`), computed without its general parser.
 *
 * For such text `parsePhoneNumberFromString(text, country)` depends only on the digits, on whether
 * the text starts with `+`, and on the country: nothing in it can be an extension, an RFC 3966 URI
 * or a carrier code marker. This module repeats the steps the library then takes (find the calling
 * code, strip an international or national prefix, pick the country of a shared calling code, check
 * the national number against the country's patterns) on the same metadata, with each pattern
 * compiled once: the library builds a `RegExp` and several metadata objects per step, about 8 µs a
 * number. `parse-phone-digits.test.ts` checks that both agree on numbers of every country.
 *
 * @see https://gitlab.com/catamphetamine/libphonenumber-js/-/blob/master/source/parse.js
 * @internal
 */
import { Metadata } from 'libphonenumber-js/core';
import type { CountryCode } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.min';

/** One number type (fixed line, mobile, toll free, …) of a numbering plan. */
interface PlanType {
  pattern: RegExp;
  possibleLengths: readonly number[] | undefined;
}

/** What the parse needs from one numbering plan (a country's, or a calling code's main country's). */
interface Plan {
  callingCode: string;
  /** The national number pattern, anchored at both ends. */
  nationalNumber: RegExp;
  possibleLengths: readonly number[] | undefined;
  /** The national prefix (and carrier code) pattern, anchored at the start. */
  prefixForParsing: RegExp | undefined;
  transformRule: string | undefined;
  leadingDigits: RegExp | undefined;
  /** The international call prefix (`00`, `011`), anchored at the start. */
  iddPrefix: RegExp;
  hasTypes: boolean;
  /** The plan's types with a non-empty pattern; a number is valid when one matches. */
  types: readonly PlanType[];
}

/**
 * The parts of libphonenumber-js's `Metadata` and numbering plan that are there at run time but
 * missing from its type declarations.
 */
interface MetadataReader {
  selectNumberingPlan(countryOrCallingCode: string): void;
  hasCallingCode(callingCode: string): boolean | undefined;
  getCountryCodesForCallingCode(callingCode: string): readonly string[] | undefined;
  numberingPlan?: NumberingPlanReader;
}

interface NumberingPlanReader {
  callingCode(): string;
  nationalNumberPattern(): string;
  possibleLengths(): readonly number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  leadingDigits(): string | undefined;
  IDDPrefix(): string | undefined;
  hasTypes(): boolean;
  type(type: string): { pattern(): string; possibleLengths(): readonly number[] | undefined } | undefined;
}

// The order of getNumberType in libphonenumber-js; validity needs any one of them to match.
const typeNames = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];
// libphonenumber-js's MIN_LENGTH_FOR_NSN and MAX_LENGTH_FOR_NSN.
const minNationalLength = 2;
const maxNationalLength = 17;

const metadata = new Metadata(metadataJson) as unknown as MetadataReader;
const plans = new Map<string, Plan>();
const callingCodes = new Map<string, boolean>();
const countriesOfCallingCode = new Map<string, readonly string[] | undefined>();

/**
 * E.164 of the number whose digits are `digits`, written after a `+` when `international`, as
 * `parsePhoneNumberFromString` parses and validates it; `undefined` when it would return nothing or
 * an invalid number. `defaultCountry` must be a country libphonenumber-js supports.
 */
export function parsePhoneDigits(digits: string, international: boolean, defaultCountry: CountryCode | undefined): string | undefined {
  let callingCode: string;
  let rest: string;
  let country: string | undefined;
  let selected: Plan;
  if (international) {
    const split = splitCallingCode(digits);
    if (split === undefined) return undefined;
    [callingCode, rest] = split;
    selected = planOf(callingCode);
  } else {
    if (defaultCountry === undefined) return undefined;
    const countryPlan = planOf(defaultCountry);
    const withoutIdd = stripIddPrefix(digits, countryPlan);
    if (withoutIdd !== undefined && withoutIdd !== '' && withoutIdd !== digits) {
      const split = splitCallingCode(withoutIdd);
      if (split === undefined) return undefined;
      [callingCode, rest] = split;
      selected = planOf(callingCode);
    } else {
      const shorter = withoutCallingCode(digits, countryPlan);
      if (shorter === undefined) {
        country = defaultCountry;
        callingCode = countryPlan.callingCode;
        rest = digits;
        selected = countryPlan;
      } else {
        callingCode = countryPlan.callingCode;
        rest = shorter;
        selected = planOf(callingCode);
      }
    }
  }
  if (rest === '') return undefined;
  const nationalNumber = extractNationalNumber(rest, selected);
  country = countryOfCallingCode(callingCode, nationalNumber) ?? country;
  if (nationalNumber.length < minNationalLength || nationalNumber.length > maxNationalLength) return undefined;
  const plan = planOf(country ?? callingCode);
  const valid = plan.hasTypes ? hasType(plan, nationalNumber) : plan.nationalNumber.test(nationalNumber);
  return valid ? `+${callingCode}${nationalNumber}` : undefined;
}

/** `[callingCode, rest]` of the digits after a `+`: the shortest known calling code of 1-3 digits. */
function splitCallingCode(digits: string): [string, string] | undefined {
  if (digits.startsWith('0')) return undefined;
  for (let length = 1; length <= 3 && length <= digits.length; length++) {
    const callingCode = digits.slice(0, length);
    if (isCallingCode(callingCode)) return [callingCode, digits.slice(length)];
  }
  return undefined;
}

/** `digits` without the country's international call prefix, as libphonenumber-js's stripIddPrefix. */
function stripIddPrefix(digits: string, plan: Plan): string | undefined {
  // The library looks for the prefix anywhere and accepts it only at the start; the match it then
  // strips is the one the anchored pattern finds.
  const match = plan.iddPrefix.exec(digits);
  if (match === null) return undefined;
  const stripped = digits.slice(match[0].length);
  return stripped.startsWith('0') ? undefined : stripped;
}

/**
 * The national digits of a national number that starts with its own country's calling code without
 * the `+` (`420777123456` in Czechia), as extractCountryCallingCodeFromInternationalNumberWithoutPlusSign.
 */
function withoutCallingCode(digits: string, plan: Plan): string | undefined {
  if (!digits.startsWith(plan.callingCode)) return undefined;
  const shorter = digits.slice(plan.callingCode.length);
  const shorterNational = extractNationalNumber(shorter, plan);
  const national = extractNationalNumber(digits, plan);
  if (
    (!plan.nationalNumber.test(national) && plan.nationalNumber.test(shorterNational)) ||
    lengthCheck(national, plan.possibleLengths) === 'too-long'
  ) {
    return shorter;
  }
  return undefined;
}

/** The national significant number: `number` without a national prefix, when stripping it is right. */
function extractNationalNumber(number: string, plan: Plan): string {
  const national = stripNationalPrefix(number, plan);
  if (national === number) return number;
  if (plan.nationalNumber.test(number) && !plan.nationalNumber.test(national)) return number;
  if (plan.possibleLengths !== undefined) {
    const country = countryOfCallingCode(plan.callingCode, national);
    const lengths = country === undefined ? plan.possibleLengths : planOf(country).possibleLengths;
    const check = lengthCheck(national, lengths);
    if (check === 'too-short' || check === 'invalid-length') return number;
  }
  return national;
}

/** extractNationalNumberFromPossiblyIncompleteNumber, keeping only the national number. */
function stripNationalPrefix(number: string, plan: Plan): string {
  if (number === '' || plan.prefixForParsing === undefined) return number;
  const match = plan.prefixForParsing.exec(number);
  if (match === null) return number;
  const lastGroup = match.length - 1;
  const hasCapturedGroups = lastGroup > 0 && Boolean(match[lastGroup]);
  if (plan.transformRule !== undefined && hasCapturedGroups) return number.replace(plan.prefixForParsing, plan.transformRule);
  return number.slice(match[0].length);
}

/** The country of a calling code shared by several countries (`1`, `44`, `7`, …) that the number belongs to. */
function countryOfCallingCode(callingCode: string, nationalNumber: string): string | undefined {
  const countries = countriesOf(callingCode);
  if (countries === undefined) return undefined;
  if (countries.length === 1) return countries[0];
  for (const country of countries) {
    const plan = planOf(country);
    if (plan.leadingDigits === undefined) {
      if (hasType(plan, nationalNumber)) return country;
    } else if (nationalNumber !== '' && nationalNumber.search(plan.leadingDigits) === 0) {
      return country;
    }
  }
  return undefined;
}

/** Whether `nationalNumber` is of one of the plan's number types (libphonenumber-js's getNumberType). */
function hasType(plan: Plan, nationalNumber: string): boolean {
  if (!plan.nationalNumber.test(nationalNumber)) return false;
  for (const type of plan.types) {
    if (type.possibleLengths !== undefined && !type.possibleLengths.includes(nationalNumber.length)) continue;
    if (type.pattern.test(nationalNumber)) return true;
  }
  return false;
}

/** libphonenumber-js's checkNumberLength against a plan's possible lengths. */
function lengthCheck(nationalNumber: string, lengths: readonly number[] | undefined): 'possible' | 'too-short' | 'too-long' | 'invalid-length' {
  if (lengths === undefined) return 'possible';
  const length = nationalNumber.length;
  const minimum = lengths[0] as number;
  if (minimum === length) return 'possible';
  if (minimum > length) return 'too-short';
  if ((lengths[lengths.length - 1] as number) < length) return 'too-long';
  return lengths.indexOf(length, 1) >= 0 ? 'possible' : 'invalid-length';
}

function isCallingCode(callingCode: string): boolean {
  let known = callingCodes.get(callingCode);
  if (known === undefined) {
    known = metadata.hasCallingCode(callingCode) === true;
    callingCodes.set(callingCode, known);
  }
  return known;
}

function countriesOf(callingCode: string): readonly string[] | undefined {
  if (!countriesOfCallingCode.has(callingCode)) countriesOfCallingCode.set(callingCode, metadata.getCountryCodesForCallingCode(callingCode));
  return countriesOfCallingCode.get(callingCode);
}

/** The plan of a country (`CZ`) or of a calling code (`420`), read from the metadata once. */
function planOf(countryOrCallingCode: string): Plan {
  let plan = plans.get(countryOrCallingCode);
  if (plan === undefined) {
    plan = readPlan(countryOrCallingCode);
    plans.set(countryOrCallingCode, plan);
  }
  return plan;
}

function readPlan(countryOrCallingCode: string): Plan {
  metadata.selectNumberingPlan(countryOrCallingCode);
  const source = metadata.numberingPlan as NumberingPlanReader;
  const prefixForParsing = source.nationalPrefixForParsing();
  const leadingDigits = source.leadingDigits();
  const hasTypes = source.hasTypes();
  const types: PlanType[] = [];
  for (const name of hasTypes ? typeNames : []) {
    const type = source.type(name);
    const pattern = type?.pattern();
    if (type === undefined || !pattern) continue;
    types.push({ pattern: new RegExp(`^(?:${pattern})$`), possibleLengths: type.possibleLengths() || undefined });
  }
  return {
    callingCode: source.callingCode(),
    nationalNumber: new RegExp(`^(?:${source.nationalNumberPattern()})$`),
    possibleLengths: source.possibleLengths() || undefined,
    prefixForParsing: prefixForParsing ? new RegExp(`^(?:${prefixForParsing})`) : undefined,
    transformRule: source.nationalPrefixTransformRule() || undefined,
    leadingDigits: leadingDigits ? new RegExp(leadingDigits) : undefined,
    iddPrefix: new RegExp(`^(?:${source.IDDPrefix() ?? ''})`),
    hasTypes,
    types,
  };
}
