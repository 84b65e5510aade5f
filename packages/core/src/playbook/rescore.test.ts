import { describe, expect, it } from 'vitest';
import type { ContactRecord, JobFunction, Seniority } from '../contacts/contact.js';
import { emptyContactRecord } from '../contacts/empty-contact-record.js';
import { compileIcp } from './compile-icp.js';
import type { FitCompany } from './contact-features.js';
import { createFeatureTableBuilder } from './feature-table.js';
import { fitScore } from './fit-score.js';
import { parsePlaybook } from './parse-playbook.js';
import type { Playbook } from './playbook-schema.js';
import { rescore } from './rescore.js';
import { seededUniform } from '../learning/stats/seeded-uniform.js';

const industries = ['Computer Software', 'Financial Services', 'Retail', 'Manufacturing', 'Healthcare', 'SaaS', 'IT Services', 'Internet'];
const countries = ['DE', 'US', 'Sweden', 'FR', 'BR', 'GB', 'Austria', 'JP', 'Atlantis'];
const seniorities: Seniority[] = ['c-level', 'vp', 'director', 'manager', 'ic'];
const functions: JobFunction[] = ['sales', 'marketing', 'operations', 'engineering', 'finance', 'executive'];
const titles = ['VP Sales', 'Head of RevOps', 'Chief Revenue Officer', 'Sales Intern', 'Software Engineer', 'Growth Marketing Manager', 'CFO', 'Commercial Director'];
const technologies = ['HubSpot', 'Salesforce Sales Cloud', 'Zendesk', 'Outreach', 'Jira'];
const tags = ['hiring', 'series-a', 'customer', 'newsletter', 'funding'];

function randomContact(random: () => number): { record: ContactRecord; company?: FitCompany } {
  const pick = <T>(values: readonly T[]): T | undefined => (random() < 0.2 ? undefined : values[Math.floor(random() * values.length)]);
  const some = (values: readonly string[]) => values.filter(() => random() < 0.25);
  const record: ContactRecord = {
    ...emptyContactRecord(),
    industry: pick(industries),
    employees: random() < 0.2 ? undefined : Math.floor(5 + random() * 4000),
    country: pick(countries),
    seniority: pick(seniorities),
    function: pick(functions),
    title: pick(titles),
    technologies: some(technologies),
    tags: some(tags),
  };
  const company = random() < 0.3 ? { industry: pick(industries), employees: Math.floor(1 + random() * 3000), country: pick(countries) } : undefined;
  return company ? { record, company } : { record };
}

const base = parsePlaybook(`
name: Test
problem: Testing
icp:
  industry: { weight: 3, include: [software, fintech], exclude: [retail] }
  companySize: { weight: 2, min: 50, max: 1000 }
  geography: { weight: 2, regions: [EU, North America] }
  seniority: { weight: 2, include: [vp, director] }
  function: { weight: 2, include: [sales, operations] }
  titleKeywords: { weight: 1, include: [sales, revenue, revops], exclude: [intern] }
  technologies: { weight: 1, include: [HubSpot, Salesforce] }
  signals: { weight: 1, include: [hiring, funding] }
`);

/** The ICP after an edit: a region added, weights moved, one hard filter. */
const changed: Playbook = {
  ...base,
  matchThreshold: 0.55,
  icp: {
    ...base.icp,
    geography: { ...base.icp.geography!, regions: ['EU', 'North America', 'APAC'], weight: 1 },
    seniority: { ...base.icp.seniority!, include: ['c-level', 'vp', 'director'], weight: 3 },
    industry: { ...base.icp.industry!, required: true },
    technologies: { ...base.icp.technologies!, weight: 0 },
  },
};

describe('compileIcp + rescore', () => {
  const random = seededUniform(42);
  const contacts = Array.from({ length: 400 }, () => randomContact(random));
  const builder = createFeatureTableBuilder({ capacity: 16 });
  for (const { record, company } of contacts) builder.add(record, company);
  const table = builder.build();

  it.each([
    ['the base ICP', base],
    ['a changed ICP (region added, weights moved, hard filter)', changed],
  ])('equals fitScore on every contact for %s', (_label, playbook) => {
    const fits = new Float64Array(table.size);
    const result = rescore(compileIcp(playbook, table), { topK: table.size, fits });
    const expected = contacts.map(({ record, company }) => fitScore(record, playbook, company));
    for (let index = 0; index < contacts.length; index++) expect(fits[index]).toBe(expected[index]?.fit);
    for (const entry of result.top) expect(entry.matched).toBe(expected[entry.index]?.matched);
    expect(result.matchedCount).toBe(expected.filter((entry) => entry.matched).length);
    expect(result.matchedCount).toBeGreaterThan(0);
    expect(result.matchedCount).toBeLessThan(contacts.length);
  });

  it('returns the top K by fit descending, ties by row index', () => {
    const fits = new Float64Array(table.size);
    const { top } = rescore(compileIcp(changed, table), { topK: 25, fits });
    const order = Array.from(fits, (fit, index) => ({ fit, index })).sort((a, b) => b.fit - a.fit || a.index - b.index);
    expect(top.map((entry) => entry.index)).toEqual(order.slice(0, 25).map((entry) => entry.index));
    expect(top.map((entry) => entry.fit)).toEqual(order.slice(0, 25).map((entry) => entry.fit));
  });

  it('handles an empty table, topK 0 and topK beyond the size', () => {
    const empty = createFeatureTableBuilder().build();
    expect(rescore(compileIcp(base, empty))).toEqual({ top: [], matchedCount: 0 });
    expect(rescore(compileIcp(base, table), { topK: 0 }).top).toEqual([]);
    expect(rescore(compileIcp(base, table), { topK: 10_000 }).top).toHaveLength(table.size);
  });

  it('encodes each distinct value once', () => {
    expect(table.vocabularies.seniority.length).toBeLessThanOrEqual(5);
    expect(table.vocabularies.titleKeywords.length).toBeLessThanOrEqual(titles.length);
    expect(table.vocabularies.geography).not.toContain('Atlantis');
    expect(table.companyCodes).toHaveLength(400);
    expect(table.roleProfiles.count).toBeLessThan(400);
    expect(table.companyProfiles.columns.industry).toHaveLength(table.companyProfiles.count);
  });
});
