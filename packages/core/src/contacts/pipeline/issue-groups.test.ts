import { describe, expect, it } from 'vitest';
import { createIssueGroups } from './issue-groups.js';

describe('createIssueGroups', () => {
  it('counts issues by field and reason, most frequent first, keeping the first of each', () => {
    const groups = createIssueGroups();
    groups.add({ field: 'email', value: 'a@', reason: 'invalid email address' }, 3);
    groups.add({ field: 'phone', value: '0171 944 3268', reason: 'no country' }, 4);
    groups.add({ field: 'phone', value: '04 90 916 589', reason: 'no country' }, 9);
    groups.add({ field: 'phone', value: '12', reason: 'not a valid phone number for GB' }, 11);
    expect(groups.groups()).toEqual([
      { field: 'phone', reason: 'no country', count: 2, example: { row: 4, value: '0171 944 3268' } },
      { field: 'email', reason: 'invalid email address', count: 1, example: { row: 3, value: 'a@' } },
      { field: 'phone', reason: 'not a valid phone number for GB', count: 1, example: { row: 11, value: '12' } },
    ]);
  });

  it('lists at most 50 kinds', () => {
    const groups = createIssueGroups();
    for (let index = 0; index < 60; index++) groups.add({ field: 'notes', value: 'x', reason: `reason ${index}` }, index + 1);
    expect(groups.groups()).toHaveLength(50);
    expect(groups.kinds()).toBe(60);
  });
});
