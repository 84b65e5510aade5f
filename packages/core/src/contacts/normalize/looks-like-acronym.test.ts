import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeAcronym } from './looks-like-acronym.js';

describe('looksLikeAcronym', () => {
  it.each(['basf', 'kpmg', 'hsbc', 'lvmh', 'asml', 'nvidia', 'ymca', 'fcch', 'sap', 'ing', 'axa', 'abb', 'ubs', 'bmw', 'dhl', 'ey', 'ii', 'iii'])('%j is an acronym', (letters) => {
    expect(looksLikeAcronym(letters)).toBe(true);
  });

  it.each(['acme', 'widgets', 'chicago', 'society', 'holdings', 'new', 'red', 'day', 'el', 'ada', 'deutsche', 'schwarz', 'markt', 'lidl', 'strength', 'mcdonalds', 'mckinsey', 'lyft', 'rhythm', 'judgment'])(
    '%j is a word',
    (letters) => {
      expect(looksLikeAcronym(letters)).toBe(false);
    },
  );

  it('misses acronyms spoken as words', () => {
    // the rule's known limit: these are written like words, so they read as words
    for (const letters of ['nasa', 'ikea', 'fifa', 'adac']) expect(looksLikeAcronym(letters)).toBe(false);
  });

  it('reads the everyday words of company names as words', () => {
    // words of four letters or more from company names in several languages; none may stay in capitals
    const words =
      'group holdings international services solutions technologies systems partners consulting capital bank insurance healthcare ' +
      'foods energy motors airlines pharmaceuticals logistics software media network retail industries enterprises associates brothers ' +
      'trust foundation society university hospital school church center centre children community association academy institute ' +
      'gesellschaft versicherung werke gruppe handel stadtwerke sparkasse volksbank deutsche bahn post schmidt fischer schneider ' +
      'societe generale credit agricole banco compania fratelli nordisk svenska norske kommune gemeente stichting groep ' +
      'first national general american united global digital creative design studio marketing agency labs ventures';
    expect(words.split(' ').filter((word) => looksLikeAcronym(word))).toEqual([]);
  });

  // Debian's wamerican word list, where installed (it is not a dependency of the project)
  const wordList = '/usr/share/dict/words';
  it.skipIf(!existsSync(wordList))('reads almost every word of an English word list as a word', () => {
    const words = readFileSync(wordList, 'utf8')
      .split('\n').filter((word) => /^[a-z]{4,}$/.test(word));
    const acronyms = words.filter((word) => looksLikeAcronym(word));
    // what remains are abbreviations (bldg, govt), Roman numerals (xxiv) and a few loans (schtick)
    expect(acronyms.length / words.length).toBeLessThan(0.002);
  });
});
