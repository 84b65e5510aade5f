/**
 * Texts that blocking keys are made of and that comparisons reuse: an address's letters, a date
 * that survives a day/month swap, a street's number and name.
 */

/** Letters of an address's local part: `roberta.25@x.com` → `roberta`. */
export function emailLetters(email: string): string {
  return email.slice(0, email.indexOf('@')).replace(/[^a-z]+/g, '');
}

/** A `YYYYMMDD` date with day and month in sorted order, so a day/month swap keeps the key. */
export function dateKey(date: string): string {
  if (date.length !== 8) return date;
  const month = date.slice(4, 6);
  const day = date.slice(6, 8);
  return month <= day ? date : `${date.slice(0, 4)}${day}${month}`;
}

/** Directions among `streetNoise`: a street may be named by one (North Avenue). */
const directions = new Set(['n', 's', 'e', 'w', 'north', 'south', 'east', 'west']);

/** Directions, street types and unit words: they vary between spellings of one address (w / west, st / street). */
const streetNoise = new Set(['n', 's', 'e', 'w', 'north', 'south', 'east', 'west', 'st', 'street', 'ave', 'av', 'avenue', 'dr', 'drive', 'rd', 'road', 'blvd', 'boulevard', 'pl', 'place', 'ln', 'lane', 'ct', 'court', 'way', 'pkwy', 'parkway', 'hwy', 'highway', 'sq', 'square', 'ter', 'terrace', 'cir', 'circle', 'apt', 'unit', 'suite', 'ste', 'floor', 'fl', 'building', 'bldg']);

/**
 * Street types, unit words and directions as USPS abbreviates them (Publication 28: street
 * suffixes in appendix C1, unit designators in C2, directionals in section 233): `12 main street`
 * and `12 main st` are one address.
 * @see https://pe.usps.com/text/pub28/28apc_002.htm
 */
const streetAbbreviations: ReadonlyMap<string, string> = new Map([
  ['street', 'st'], ['avenue', 'ave'], ['av', 'ave'], ['drive', 'dr'], ['road', 'rd'], ['boulevard', 'blvd'], ['place', 'pl'], ['lane', 'ln'],
  ['court', 'ct'], ['parkway', 'pkwy'], ['highway', 'hwy'], ['square', 'sq'], ['terrace', 'ter'], ['circle', 'cir'], ['suite', 'ste'], ['building', 'bldg'],
  ['floor', 'fl'], ['north', 'n'], ['south', 's'], ['east', 'e'], ['west', 'w'],
]);

/**
 * Street tokens with street types, unit words and directions abbreviated (`avenue` → `ave`, `west`
 * → `w`), so spellings of one address agree word for word. A direction that is the street's only
 * name (`2820 w north ave`) is kept whole: abbreviated, nothing would name the street.
 */
export function canonicalStreetTokens(tokens: readonly string[]): readonly string[] {
  let changes = false;
  let named = false;
  for (const token of tokens) {
    if (streetAbbreviations.has(token)) changes = true;
    else if (!streetNoise.has(token) && !/^\d/.test(token)) named = true;
  }
  if (!changes) return tokens;
  return tokens.map((token) => {
    const short = streetAbbreviations.get(token);
    return short === undefined || (!named && directions.has(token)) ? token : short;
  });
}

/** An ordinal without its suffix, mistyped or not (`51st`, `113thk` → `51`, `113`); other tokens unchanged. */
function withoutOrdinal(token: string): string {
  return token.replace(/(?<=\d)[a-z]+$/, '');
}

/** The first token that starts with a digit (a house number), or ''. */
export function houseNumber(tokens: readonly string[]): string {
  for (const token of tokens) {
    const code = token.charCodeAt(0);
    if (code >= 48 && code <= 57) return token;
  }
  return '';
}

/**
 * Words that name the street of an address: every token but the house number (the first that
 * starts with a digit) and the directions, street types and unit words; ordinals lose their
 * suffix. `1020 w bryn mawr ave` → `bryn`, `mawr`; `112 e 51st st` → `51`. A street named by a
 * direction keeps it when nothing else names it: `2820 w north ave` → `north`.
 */
export function streetNames(tokens: readonly string[]): string[] {
  const names: string[] = [];
  let numbered = false;
  let direction = '';
  for (const token of tokens) {
    const digit = /^\d/.test(token);
    if (digit && !numbered) numbered = true;
    else if (!streetNoise.has(token)) names.push(digit ? withoutOrdinal(token) : token);
    else if (directions.has(token)) direction = token;
  }
  if (names.length === 0 && direction.length > 1) names.push(direction);
  return names;
}

/**
 * Street key: with a house number, the number and the first three letters of the street name that
 * follows it (directions and street types skipped: `1020 w bryn mawr ave` and `1020 west bryn mawr`
 * share `1020 bry`; an ordinal without its suffix: `112 e 51st st` and `112 east 51 street` share
 * `112 51`); without one, the longest word's first five letters.
 */
export function streetKey(tokens: readonly string[]): string {
  let number = '';
  let name = '';
  let longest = '';
  for (const token of tokens) {
    const digit = /^\d/.test(token);
    if (number === '' && digit) number = token;
    // an ordinal street loses its suffix: `51st street` and `51 street` are one street
    else if (number !== '' && name === '' && !streetNoise.has(token)) name = digit ? withoutOrdinal(token) : token;
    if (!digit && token.length > longest.length) longest = token;
  }
  if (number !== '' && name !== '') return `${number} ${name.slice(0, 3)}`;
  return longest === '' ? '' : `${number} ${longest.slice(0, 5)}`;
}
