/**
 * Splits text into lower-case word tokens for keyword matching: diacritics folded, `&` read as
 * "and", punctuation as a separator, and a plural `s` dropped from words longer than three letters
 * ("Operations" ~ "operation", "Sales" ~ "sale"; "ops" stays). Both sides of a match go through
 * this function, so the folding is symmetric.
 *
 * @example tokenizeText('VP, Sales & Revenue Ops') // ['vp', 'sale', 'and', 'revenue', 'ops']
 */
export function tokenizeText(text: string): string[] {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/);
  const tokens: string[] = [];
  for (const word of words) {
    if (!word) continue;
    tokens.push(word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  return tokens;
}
