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
 * (`Müller`, `García López`). Case and accents are ignored when comparing. Returns new parts;
 * `parts` is not changed.
 *
 * @example completeNameParts({ firstName: 'Jürgen' }, 'Müller') // { firstName: 'Jürgen', lastName: 'Müller' }
 * @example completeNameParts({ firstName: 'Jürgen' }, 'Müller, Jürgen') // { firstName: 'Jürgen', lastName: 'Müller' }
 */
export function completeNameParts(parts: NameParts, fullName: string): NameParts {
  const hasFirst = parts.firstName !== undefined;
  const hasLast = parts.lastName !== undefined;
  if (hasFirst === hasLast) return parts;
  const given = (hasFirst ? parts.firstName : parts.lastName) as string;
  const full = fullName.trim();
  if (full.length === 0 || sameText(full, given)) return parts;
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

function sameText(left: string, right: string): boolean {
  return left.localeCompare(right, 'en', { sensitivity: 'base' }) === 0;
}
