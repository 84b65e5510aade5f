/**
 * Birth-date blocking keys, hashed from the date's digits without building a string: the date with
 * day and month in sorted order, the birth year with the first or the last letter of a name, and
 * the town with the birth year.
 */
import { fnvOffset, hashOf, mixCode, mixText } from './key-hash.js';

const colon = 58;
const yearFirstLetterKind = mixText(fnvOffset, 'ya:');
const yearLastLetterKind = mixText(fnvOffset, 'yz:');
const cityYearKind = mixText(fnvOffset, 'w:');
const questionMark = 63;

/** Letters of a town's name its key keeps: typos past them (`londno`, `mansfiel`, `southena on sed`) keep the key. */
const cityKeyLetters = 4;

/**
 * State after a `YYYYMMDD` date's year with its decade digit masked (`1981` → `19?1`): a year typed
 * ten off (1981 / 1991, 2008 / 2018) keeps it.
 */
export function mixDecadeMaskedYear(hash: number, date: string): number {
  return mixText(mixCode(mixText(hash, date, 0, 2), questionMark), date, 3, 4);
}

/** State after `dateKey(date)` (key-texts.ts), without building it. */
export function mixDateKey(hash: number, date: string): number {
  if (date.length !== 8) return mixText(hash, date);
  const month0 = date.charCodeAt(4);
  const day0 = date.charCodeAt(6);
  const monthFirst = month0 < day0 || (month0 === day0 && date.charCodeAt(5) <= date.charCodeAt(7));
  hash = mixText(hash, date, 0, 4);
  return monthFirst ? mixText(hash, date, 4, 8) : mixText(mixText(hash, date, 6, 8), date, 4, 6);
}

/**
 * Birth year + the first letter, and birth year + the last letter, of each name (`YYYYMMDD` dates
 * only): names garbled past their phonetic code (`jkcaso` for jackson, `ddwae` for edward, `oliet`
 * for elliot) rarely lose both ends, and the year survives a day or month typed wrong. With the
 * first letter the year's decade digit is masked (`jnes` born 2018 meets `jones` born 2008); with
 * the last letter it is not (masked there too, it found no further pair on the labelled files and
 * cost 1.4 more pairs per record on splink fake_1000). Either name may hold either letter (swapped
 * names keep them). Blocks are a decade's or a year's people sharing a letter, so the caller passes
 * a loose role.
 */
export function emitYearLetters(birthDate: string, first: string, last: string, role: number, emit: (hash: number, role: number) => void): void {
  if (birthDate.length !== 8) return;
  const firstYear = mixCode(mixDecadeMaskedYear(yearFirstLetterKind, birthDate), colon);
  const lastYear = mixCode(mixText(yearLastLetterKind, birthDate, 0, 4), colon);
  const a = first.charCodeAt(0) || 0;
  const b = last.charCodeAt(0) || 0;
  if (a !== 0) emit(hashOf(mixCode(firstYear, a)), role);
  if (b !== 0 && b !== a) emit(hashOf(mixCode(firstYear, b)), role);
  const c = first.charCodeAt(first.length - 1) || 0;
  const d = last.charCodeAt(last.length - 1) || 0;
  if (c !== 0) emit(hashOf(mixCode(lastYear, c)), role);
  if (d !== 0 && d !== c) emit(hashOf(mixCode(lastYear, d)), role);
}

/**
 * The town's first four letters + the birth year, its decade digit masked (`YYYYMMDD` dates only):
 * a record missing a name meets its namesake born in the same town and year (or ten years off),
 * whatever typos the names, the rest of the date and the town's name past its fourth letter carry.
 * Blocks are a town's people of one year in ten, so the caller passes a loose role.
 */
export function emitCityYear(city: string, birthDate: string, role: number, emit: (hash: number, role: number) => void): void {
  if (birthDate.length !== 8) return;
  emit(hashOf(mixDecadeMaskedYear(mixCode(mixText(cityYearKind, city, 0, Math.min(cityKeyLetters, city.length)), colon), birthDate)), role);
}
