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

/**
 * Agreement of two different title keys: 1 when one title's words all appear in the other's (of
 * two words or more: `Account Executive` in `Enterprise Account Executive`), or when both have one
 * seniority and one named function (`Software Engineer`, `Software Developer`); else 0. Equal keys
 * (level 2) are told by their interned ids before this runs.
 */
export function compareTitleLevel(a: string, b: string): number {
  const [wordsA = '', seniorityA = '', functionA = ''] = a.split('|');
  const [wordsB = '', seniorityB = '', functionB = ''] = b.split('|');
  if (wordsA === wordsB) return 2;
  if (seniorityA !== '' && seniorityA === seniorityB && functionA === functionB && functionA !== '' && functionA !== 'other') return 1;
  const listA = wordsA.split(' ');
  const listB = wordsB.split(' ');
  const [shorter, longer] = listA.length <= listB.length ? [listA, listB] : [listB, listA];
  return shorter.length >= 2 && shorter.every((word) => longer.includes(word)) ? 1 : 0;
}
