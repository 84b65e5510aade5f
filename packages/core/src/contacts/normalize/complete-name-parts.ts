import { isEastAsianScript } from './family-name-first.js';
import { normalizeName } from './normalize-name.js';
import type { NameParts } from './normalize-name-parts.js';

const whitespace = /\s+/;

/**
 * Fills the missing half of a name from a full-name cell, for files with a first-name column and a
 * "name" column but no last-name column, or the other way round. European spreadsheets write the
 * surname under a plain "name" header beside the given name: `Vorname;Name`, `Prénom;Nom`,
 * `Nome;Cognome` with `Nome` read as a name, `Nombre;Apellidos`. When the full-name cell holds the
 * given part as one of its words (`Jürgen` in `Jürgen Müller` or `Müller, Jürgen`), it is a whole
 * name and the missing part is parsed out of it; otherwise the cell is the missing part itself
 * (`Müller`, `García López`). Case and accents are ignored when comparing. A name in East Asian
 * script written without a space is family name first: a first name it ends with leaves its family
 * name (`王小明` with first name `小明` → last name `王`, `김민준` with `민준` → `김`), a last name it starts
 * with leaves its given name, also for a Japanese name `normalizeName` keeps whole (`山田太郎` with
 * `太郎` → `山田`). Returns new parts; `parts` is not changed.
 *
 * @example completeNameParts({ firstName: 'Jürgen' }, 'Müller') // { firstName: 'Jürgen', lastName: 'Müller' }
 * @example completeNameParts({ firstName: 'Jürgen' }, 'Müller, Jürgen') // { firstName: 'Jürgen', lastName: 'Müller' }
 * @example completeNameParts({ firstName: '小明' }, '王小明') // { firstName: '小明', lastName: '王' }
 */
export function completeNameParts(parts: NameParts, fullName: string): NameParts {
  const hasFirst = parts.firstName !== undefined;
  const hasLast = parts.lastName !== undefined;
  if (hasFirst === hasLast) return parts;
  const given = (hasFirst ? parts.firstName : parts.lastName) as string;
  const full = fullName.trim();
  if (full.length === 0 || sameText(full, given)) return parts;
  const rest = restOfUnspacedName(full, given.trim(), hasFirst);
  if (rest !== undefined) return hasFirst ? { ...parts, lastName: rest } : { ...parts, firstName: rest };
  const givenWords = given.trim().split(whitespace);
  const fullWords = full.replace(/,/g, ' ').trim().split(whitespace);
  const wholeName = givenWords.every((word) => fullWords.some((candidate) => sameText(candidate, word)));
  if (!wholeName) return hasFirst ? { ...parts, lastName: full } : { ...parts, firstName: full };
  const parsed = normalizeName(full);
  const completed: NameParts = { ...parts };
  if (hasFirst && parsed.lastName !== undefined && !sameText(parsed.lastName, given)) completed.lastName = parsed.lastName;
  if (!hasFirst && parsed.firstName !== undefined && !sameText(parsed.firstName, given)) completed.firstName = parsed.firstName;
  const givenPart = hasFirst ? parsed.firstName : parsed.lastName;
  const sameGiven = givenPart !== undefined && sameText(givenPart, given);
  if (sameGiven && completed.middleName === undefined && parsed.middleName !== undefined) completed.middleName = parsed.middleName;
  return completed;
}

/**
 * What is left of an East Asian name written without a space (`王小明`) once `given` is taken off its
 * end (a first name) or its start (a last name); `undefined` when the name is not one such word or
 * does not end or start with `given`. The columns say where the family name ends, which the parse
 * of the name alone cannot for a Japanese name, and agree with it where it can (王 / 小明, 欧阳 / 娜娜).
 */
function restOfUnspacedName(full: string, given: string, givenIsFirst: boolean): string | undefined {
  if (!isEastAsianScript(given)) return undefined;
  // The parse strips decorations and honorifics (`王小明 (Tom)`); a single word stays as written.
  const written = normalizeName(full).fullName;
  if (written === undefined || written.includes(' ') || written.length <= given.length || !isEastAsianScript(written)) return undefined;
  if (givenIsFirst) return written.endsWith(given) ? written.slice(0, written.length - given.length) : undefined;
  return written.startsWith(given) ? written.slice(given.length) : undefined;
}

function sameText(left: string, right: string): boolean {
  return left.localeCompare(right, 'en', { sensitivity: 'base' }) === 0;
}
