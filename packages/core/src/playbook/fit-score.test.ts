import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../contacts/contact.js';
import { emptyContactRecord } from '../contacts/empty-contact-record.js';
import { fitScore } from './fit-score.js';
import { parsePlaybook } from './parse-playbook.js';

const example = parsePlaybook(
  readFileSync(fileURLToPath(new URL('../../../../examples/playbook.md', import.meta.url)), 'utf8'),
  { file: 'examples/playbook.md' },
);

function record(values: Partial<ContactRecord>): ContactRecord {
  return { ...emptyContactRecord(), ...values };
}

function reason(result: ReturnType<typeof fitScore>, dimension: string) {
  return result.reasons.find((entry) => entry.dimension === dimension);
}

const idealVp = record({
  title: 'VP Sales',
  seniority: 'vp',
  function: 'sales',
  industry: 'Computer Software',
  employees: 240,
  country: 'DE',
  technologies: ['HubSpot', 'Gong'],
  tags: ['hiring'],
});

describe('fitScore', () => {
  it('scores an ideal contact 1 with one readable reason per dimension', () => {
    const result = fitScore(idealVp, example);
    expect(result.fit).toBe(1);
    expect(result.matched).toBe(true);
    expect(result.reasons.map((entry) => entry.dimension)).toEqual([
      'industry', 'companySize', 'geography', 'seniority', 'function', 'titleKeywords', 'technologies', 'signals',
    ]);
    expect(result.reasons.map((entry) => entry.text)).toEqual([
      "Computer Software → matches industry 'software'",
      '240 employees → within 50–1,000',
      'Germany → in ICP region EU',
      'VP → matches seniority VP',
      'Sales → matches function Sales',
      "'VP Sales' → matches keyword 'sales'",
      'uses HubSpot → matches ICP technologies',
      "signal 'hiring' → matches ICP signals",
    ]);
    expect(result.reasons.every((entry) => entry.matched && entry.score === 1)).toBe(true);
  });

  it('shares one frozen reason among contacts with the same value, so an in-place edit cannot leak', () => {
    const first = fitScore(idealVp, example);
    const second = fitScore(record({ ...idealVp, title: 'Director of Sales', seniority: 'director' }), example);
    expect(reason(second, 'industry')).toBe(reason(first, 'industry'));
    expect(reason(second, 'seniority')).not.toBe(reason(first, 'seniority'));
    const shared = reason(first, 'industry')!;
    expect(() => {
      shared.text = 'edited';
    }).toThrow(TypeError);
    expect(reason(fitScore(idealVp, example), 'industry')?.text).toBe("Computer Software → matches industry 'software'");
  });

  it('computes the weighted mean by hand: misses, partials and unknowns', () => {
    // Weights (example playbook): industry 3, size 2, geo 2, seniority 2, function 2, title 1, tech 1, signals 1 = 14.
    const contact = record({
      title: 'Director of Operations',
      seniority: 'director', // 1
      function: 'operations', // 1
      industry: 'Retail', // excluded → 0
      employees: 1500, // 1500/1000 = 1.5x above max → 1 - log2(1.5)
      country: 'Brazil', // outside → 0
      // technologies and signals unknown → 0.5 each; title has no keyword → 0
    });
    const result = fitScore(contact, example);
    const size = 1 - Math.log2(1.5);
    expect(result.fit).toBeCloseTo((3 * 0 + 2 * size + 2 * 0 + 2 * 1 + 2 * 1 + 1 * 0 + 1 * 0.5 + 1 * 0.5) / 14, 12);
    expect(result.matched).toBe(false);
    expect(reason(result, 'industry')?.text).toBe("Retail → excluded industry 'retail'");
    expect(reason(result, 'companySize')).toMatchObject({ matched: false, text: '1,500 employees → near 50–1,000 (partial)' });
    expect(reason(result, 'geography')?.text).toBe('Brazil → outside ICP geography');
    expect(reason(result, 'titleKeywords')?.text).toMatch(/^'Director of Operations' → no ICP keyword/);
    expect(reason(result, 'technologies')).toMatchObject({ score: 0.5, matched: false, text: 'technologies unknown' });
    expect(reason(result, 'signals')).toMatchObject({ score: 0.5, matched: false, text: 'no signals known' });
  });

  it('never treats unknown as a match: an empty record stays below the threshold', () => {
    const result = fitScore(emptyContactRecord(), example);
    expect(result.fit).toBe(0.5);
    expect(result.matched).toBe(false);
    expect(result.reasons.every((entry) => !entry.matched)).toBe(true);
  });

  it('fills gaps from the company and resolves country names', () => {
    const contact = record({ title: 'Head of Revenue Operations', seniority: 'director', function: 'operations' });
    const result = fitScore(contact, example, { industry: 'SaaS', employees: 80, country: 'United States' });
    expect(reason(result, 'industry')?.text).toBe("SaaS → matches industry 'software'");
    expect(reason(result, 'geography')?.text).toBe('United States → in ICP region North America');
    expect(reason(result, 'titleKeywords')?.text).toBe("'Head of Revenue Operations' → matches keyword 'revenue'");
    // the record's own value wins over the company's
    expect(reason(fitScore(record({ industry: 'Retail' }), example, { industry: 'Software' }), 'industry')?.score).toBe(0);
  });

  it('matches industries fuzzily and reads signals from custom columns', () => {
    const fintech = fitScore(record({ industry: 'Financial Services', custom: { Funding: { value: 'Series B', type: 'text' } } }), example);
    expect(reason(fintech, 'industry')?.text).toBe("Financial Services → matches industry 'fintech'");
    expect(reason(fintech, 'signals')?.text).toBe("signal 'funding' → matches ICP signals");
    const related = fitScore(record({ industry: 'Computer & Network Security' }), example);
    expect(reason(related, 'industry')).toMatchObject({ score: 0.5, text: "Computer & Network Security → related to industry 'software' (partial)" });
  });

  it('penalizes excluded title keywords and grades seniority one band away', () => {
    const intern = fitScore(record({ title: 'Sales Intern', seniority: 'ic' }), example);
    expect(reason(intern, 'titleKeywords')).toMatchObject({ score: 0, text: "'Sales Intern' → contains excluded keyword 'intern'" });
    expect(reason(intern, 'seniority')).toMatchObject({ score: 0, text: 'individual contributor → not ICP seniority (C-level, VP, Director)' });
    const manager = fitScore(record({ seniority: 'manager' }), example);
    expect(reason(manager, 'seniority')).toMatchObject({ score: 0.5, text: 'Manager → one level from seniority Director (partial)' });
  });

  it('scores company size: inside 1, within a factor of two partial, beyond 0', () => {
    const size = (employees: number) => reason(fitScore(record({ employees }), example), 'companySize')?.score;
    expect(size(50)).toBe(1);
    expect(size(1000)).toBe(1);
    expect(size(25)).toBe(0);
    expect(size(2000)).toBe(0);
    expect(size(35)).toBeCloseTo(1 - Math.log2(50 / 35), 12);
    expect(size(0)).toBe(0.5); // 0 employees reads as unknown
  });

  it('applies hard filters: a failing required dimension zeroes the fit', () => {
    const strict = { ...example, icp: { ...example.icp, industry: { ...example.icp.industry!, required: true } } };
    const retail = fitScore({ ...idealVp, industry: 'Retail' }, strict);
    expect(retail.fit).toBe(0);
    expect(retail.matched).toBe(false);
    expect(reason(retail, 'industry')).toMatchObject({ matched: false, text: "hard filter: industry 'Retail' not in ICP" });
    // unknown on a required dimension keeps the fit but cannot be an ICP match
    const unknown = fitScore({ ...idealVp, industry: undefined }, strict);
    expect(unknown.fit).toBeCloseTo((3 * 0.5 + 11) / 14, 12);
    expect(unknown.matched).toBe(false);
    expect(reason(unknown, 'industry')?.text).toBe('industry unknown (required: cannot confirm the match)');
  });

  it('ignores weight-0 dimensions in the mean but still explains them', () => {
    const playbook = parsePlaybook(
      'name: A\nproblem: B\nicp:\n  seniority: { include: [vp] }\n  geography: { weight: 0, regions: [DACH] }\n',
    );
    const result = fitScore(record({ seniority: 'vp', country: 'FR' }), playbook);
    expect(result.fit).toBe(1);
    expect(reason(result, 'geography')).toMatchObject({ weight: 0, score: 0, text: 'France → outside ICP geography' });
  });
});
