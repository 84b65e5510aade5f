import { splitList } from './split-list.js';

// Google Contacts marks its system groups with `* ` (`* myContacts`, `* starred`, `* friends`).
const systemGroupMarker = /^\*\s*/;
// Every contact a Google export holds is in My Contacts: as a tag it says nothing.
const everyContactGroup = /^my\s?contacts$/i;

/**
 * The tags of a row: its tag cells split as {@link splitList} does (`,` `;` `|` new lines and
 * ` ::: `), with Google Contacts' system groups (its `Labels` / `Group Membership` column:
 * `* myContacts ::: * starred ::: Clients`) read as tags: `* myContacts`, which every contact has,
 * is dropped, and the others (`* starred`, `* friends`, `* family`, `* coworkers`,
 * `* Other Contacts`) lose the `* ` marker. Items equal ignoring case are kept once.
 *
 * @see ../shared/data/exports/HEADERS.md §2a, §2b (Google Contacts value conventions)
 * @example normalizeTags(['* myContacts ::: * starred ::: Clients']) // ['starred', 'Clients']
 */
export function normalizeTags(cells: readonly string[] | undefined): string[] {
  const items = splitList(cells);
  if (!items.some((item) => item.startsWith('*'))) return items;
  const result: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const tag = item.replace(systemGroupMarker, '');
    const key = tag.toLowerCase();
    if (tag.length === 0 || everyContactGroup.test(tag) || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}
