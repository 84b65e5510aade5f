import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../contact.js';
import { emptyContactRecord } from '../empty-contact-record.js';
import { parsePlaybook } from '../../playbook/index.js';
import type { StoredContact } from '../../store/store.js';
import { createImportFitScorer } from './import-fit-scorer.js';
import { createCompanyResolver } from './resolve-companies.js';

const playbook = {
  version: 3,
  playbook: parsePlaybook(
    ['```yaml', 'name: T', 'problem: P', 'icp:', '  industry: { weight: 2, include: [software], required: true }', '  seniority: { weight: 1, include: [vp] }', '```'].join('\n'),
    { file: 'p.md' },
  ),
};
const at = '2026-01-01T00:00:00.000Z';
const source = { source: 'import' as const, at };

function setUp() {
  let next = 0;
  const companies = createCompanyResolver([], { createId: () => `co_${++next}`, now: () => at });
  const matched = new Set<string>();
  const scorer = createImportFitScorer(playbook, companies, matched);
  const contact = (id: string, values: Partial<ContactRecord>): StoredContact => {
    const record = { ...emptyContactRecord(), ...values };
    return { id, record, values: {}, sources: [], createdAt: at, updatedAt: at, companyId: companies.resolve(record, source) };
  };
  return { scorer, matched, contact };
}

describe('createImportFitScorer', () => {
  it('re-scores a contact whose company learned its industry from a later row, and only that one', () => {
    const { scorer, matched, contact } = setUp();
    const early = contact('ct_1', { domain: 'acme.io', seniority: 'vp' });
    scorer.score(early);
    expect(early.fitReasons?.find((reason) => reason.dimension === 'industry')?.text).toMatch(/unknown/);
    const before = early.fit ?? 0;
    expect(matched.has('ct_1')).toBe(false);

    const known = contact('ct_2', { domain: 'other.io', seniority: 'vp', industry: 'Software' });
    scorer.score(known);
    const later = contact('ct_3', { domain: 'acme.io', industry: 'Software' });
    scorer.score(later);

    const rescored = scorer.rescoreChanged();
    expect(rescored.map((entry) => entry.id)).toEqual(['ct_1']);
    expect(early.fit).toBeGreaterThan(before);
    expect(early.playbookVersion).toBe(3);
    expect(matched.has('ct_1')).toBe(true);
    // Nothing is left to re-score the second time.
    expect(scorer.rescoreChanged()).toEqual([]);
  });

  it('leaves merged-away contacts unscored', () => {
    const { scorer, contact } = setUp();
    const retired = { ...contact('ct_1', { seniority: 'vp' }), mergedInto: 'ct_9' };
    scorer.score(retired);
    expect(retired.fit).toBeUndefined();
  });
});
