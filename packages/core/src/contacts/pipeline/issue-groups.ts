import type { FieldIssue } from '../contact.js';

/** Issues of one field with one reason: how many, and the first one's row and value. */
export interface IssueGroup {
  field: string;
  reason: string;
  count: number;
  example: { row: number; value: string };
}

/** Groups listed at most: the rest are counted in `issueCount` and in their rows. */
const maxGroups = 50;

/**
 * Counts issues by field and reason, so a report can say "37 phones: no country code …" once
 * instead of listing the first few of many alike. Every issue counts, not only the listed ones.
 */
export function createIssueGroups(): { add(issue: FieldIssue, row: number): void; groups(): IssueGroup[]; kinds(): number } {
  const byKey = new Map<string, IssueGroup>();
  return {
    add(issue, row) {
      const key = `${issue.field}\u0000${issue.reason}`;
      const group = byKey.get(key);
      if (group) group.count += 1;
      else byKey.set(key, { field: issue.field, reason: issue.reason, count: 1, example: { row, value: issue.value } });
    },
    // Most frequent first; a tie in the order first met.
    groups: () => [...byKey.values()].sort((a, b) => b.count - a.count).slice(0, maxGroups),
    /** Every kind, listed or not. */
    kinds: () => byKey.size,
  };
}
