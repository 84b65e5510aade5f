import type { Seniority } from '../contact.js';
import { foldTitle } from './fold-title.js';

/**
 * Seniority labels used by data vendors' seniority columns (Apollo: `owner`, `founder`, `c_suite`,
 * `partner`, `vp`, `head`, `director`, `manager`, `senior`, `entry`, `intern`; LinkedIn Sales
 * Navigator: `CXO`, `VP`, `Director`, `Manager`, `Senior`, `Entry`, `Training`, `Owner`, `Partner`,
 * `Unpaid`), folded.
 */
const labels: ReadonlyMap<string, Seniority> = new Map([
  ['c level', 'c-level'],
  ['clevel', 'c-level'],
  ['c suite', 'c-level'],
  ['csuite', 'c-level'],
  ['cxo', 'c-level'],
  ['owner', 'c-level'],
  ['founder', 'c-level'],
  ['partner', 'c-level'],
  ['executive', 'c-level'],
  ['exec', 'c-level'],
  ['vp', 'vp'],
  ['vice president', 'vp'],
  ['head', 'director'],
  ['director', 'director'],
  ['manager', 'manager'],
  ['management', 'manager'],
  ['senior', 'ic'],
  ['entry', 'ic'],
  ['entry level', 'ic'],
  ['junior', 'ic'],
  ['intern', 'ic'],
  ['training', 'ic'],
  ['unpaid', 'ic'],
  ['ic', 'ic'],
  ['individual contributor', 'ic'],
  ['staff', 'ic'],
]);

/**
 * Seniority from an explicit seniority column, as vendors label it (`C suite`, `vp`, `Founder`,
 * `Head`, `Entry`). Our own band names (`c-level`, `director`, …) are accepted too. Unknown labels
 * return `undefined`; a caller may then read the value as a title.
 *
 * @example seniorityFromLabel('c_suite') // 'c-level'
 */
export function seniorityFromLabel(label: string): Seniority | undefined {
  return labels.get(foldTitle(label));
}
