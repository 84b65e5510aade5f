/**
 * Job titles compared for dedup. A person's title is written many ways across lists (`VP of
 * Sales`, `Vice President, Sales`, `Sales VP`; `Sr. Software Engineer`, `Software Engineer`), and
 * strangers who share a full name rarely share one: on a record with nothing else to compare (a
 * LinkedIn export row beside an event sign-up) it is the only field beside the names.
 */
import { boundedMemo } from '../normalize/bounded-memo.js';
import { foldTitle } from '../normalize/fold-title.js';
import { titleToFunction } from '../normalize/title-to-function.js';
import { titleToSeniority } from '../normalize/title-to-seniority.js';

const vicePresident = /\bvice president\b/g;

/** Abbreviations spelled out, so both spellings make one key. */
const spelledOut: Readonly<Record<string, string>> = { sr: 'senior', snr: 'senior', jr: 'junior', mgr: 'manager', mngr: 'manager', dir: 'director', mktg: 'marketing', eng: 'engineering', ops: 'operations' };

/** Words that only join the others (`Director of Sales`, `CEO and Founder`). */
const fillers = new Set(['of', 'the', 'and', 'for', 'at', 'to', 'in', 'a']);

/**
 * The title's words, folded (`foldTitle`), spelled out and sorted, without filler words; then its
 * seniority and function (`titleToSeniority`, `titleToFunction`) after a `|` each. '' for a blank title.
 *
 * @example titleKey('Director of Sales') // 'director sales|director|sales', as titleKey('Sales Director')
 */
export const titleKey: (title: string) => string = boundedMemo((title) => {
  const folded = foldTitle(title).replace(vicePresident, 'vp');
  if (folded === '') return '';
  const words = [...new Set(folded.split(' ').map((word) => spelledOut[word] ?? word))].filter((word) => !fillers.has(word)).sort();
  return `${words.join(' ')}|${titleToSeniority(title) ?? ''}|${titleToFunction(title) ?? ''}`;
});

/** Bands of a key's seniority and function by name, numbered from 1 as first seen (`titleBand`). */
const bands = new Map<string, number>();

/**
 * A number for the seniority and function of a title key (`Software Engineer` and `Software
 * Developer` share one), from 1; 0 when the title has no seniority or no named function (`Nurse`
 * and `Teacher`, function `other`, share none). Two records with different titles of one band
 * agree weakly on the title: told by comparing two numbers, with no string read per pair.
 */
export function titleBand(key: string): number {
  const at = key.indexOf('|');
  const band = at < 0 ? '' : key.slice(at + 1);
  if (band === '' || band.startsWith('|') || band.endsWith('|') || band.endsWith('|other')) return 0;
  let number = bands.get(band);
  if (number === undefined) bands.set(band, (number = bands.size + 1));
  return number;
}
