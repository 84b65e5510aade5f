import type { ContactRecord, MappedRow } from '../contact.js';
import { boundedMemo } from './bounded-memo.js';
import { completeNameParts } from './complete-name-parts.js';
import { firstValue } from './first-value.js';
import { looksLikeFormula } from './looks-like-formula.js';
import { normalizeName } from './normalize-name.js';
import type { ParsedName } from './normalize-name.js';
import { normalizeNameParts } from './normalize-name-parts.js';
import { rowLooksJapanese } from './row-looks-japanese.js';

// Full names repeat across a list (and across re-imports of it): each distinct cell is parsed once.
// The parsed names are shared, so applyName only reads them.
const parsedFullName = boundedMemo((raw) => normalizeName(raw));
const parsedJapaneseFullName = boundedMemo((raw) => normalizeName(raw, { japanese: true }));
// A name in Han script without a space is read as Chinese unless the row looks Japanese.
const hanCharacter = /\p{Script=Han}/u;

/** The parsed full name, read with `japanese` set when it holds Han script and the row looks Japanese. */
function parseFullName(full: string, fields: MappedRow['fields']): ParsedName {
  return hanCharacter.test(full) && rowLooksJapanese(fields) ? parsedJapaneseFullName(full) : parsedFullName(full);
}

/**
 * Writes the name members of a normalized record (see `normalizeContact`), from the row's
 * full-name, first, middle and last name, honorific and suffix columns (`fields` holds every field).
 *
 * @internal
 */
export function applyName(record: ContactRecord, fields: MappedRow['fields']): void {
  const full = firstValue(fields.fullName);
  const firstName = firstValue(fields.firstName);
  const lastName = firstValue(fields.lastName);
  let name: ParsedName;
  const middleName = firstValue(fields.middleName);
  const honorific = firstValue(fields.honorific);
  const nameSuffix = firstValue(fields.nameSuffix);
  if (isFormula(full) || isFormula(firstName) || isFormula(middleName) || isFormula(lastName)) {
    // Parsing would cut it into name parts ('=hyperlink'); it is kept as the text it is, as its issue says.
    record.fullName = full ?? [firstName, middleName, lastName].filter((part) => part !== undefined).join(' ');
    if (firstName !== undefined) record.firstName = firstName;
    if (middleName !== undefined) record.middleName = middleName;
    if (lastName !== undefined) record.lastName = lastName;
    return;
  }
  if (firstName !== undefined || lastName !== undefined) {
    const parts = { firstName, lastName, middleName, honorific, nameSuffix };
    name = normalizeNameParts(full === undefined ? parts : completeNameParts(parts, full));
    if (full !== undefined) {
      const fromFull = parseFullName(full, fields);
      if (name.middleName === undefined && fromFull.middleName !== undefined && fromFull.firstName === name.firstName) {
        name.middleName = fromFull.middleName;
        name.fullName = [name.firstName, name.middleName, name.lastName].filter((part) => part !== undefined).join(' ');
      }
      name.honorific ??= fromFull.honorific;
      name.nameSuffix ??= fromFull.nameSuffix;
      // The same parts read family name first (`Nguyễn Văn An` beside first An, last Nguyễn, as our
      // export writes it): the full name keeps the order it is written in.
      if (fromFull.fullName !== undefined && fromFull.fullName !== name.fullName && sameParts(fromFull, name)) name.fullName = fromFull.fullName;
    }
  } else if (full !== undefined) {
    name = parseFullName(full, fields);
  } else {
    name = normalizeNameParts({ middleName, honorific, nameSuffix });
  }
  // Named writes rather than a loop over part names: a keyed write that adds a property is slow
  // once it has seen many record shapes, and records come in hundreds of shapes.
  if (name.fullName !== undefined) record.fullName = name.fullName;
  if (name.firstName !== undefined) record.firstName = name.firstName;
  if (name.middleName !== undefined) record.middleName = name.middleName;
  if (name.lastName !== undefined) record.lastName = name.lastName;
  if (name.honorific !== undefined) record.honorific = name.honorific;
  if (name.nameSuffix !== undefined) record.nameSuffix = name.nameSuffix;
}

function isFormula(value: string | undefined): boolean {
  return value !== undefined && looksLikeFormula(value);
}

function sameParts(left: ParsedName, right: ParsedName): boolean {
  return left.firstName === right.firstName && left.middleName === right.middleName && left.lastName === right.lastName;
}
