import { describe, expect, it } from 'vitest';
import type { ContactRecord, JobFunction, Seniority } from '../contact.js';
import { emptyContactRecord } from '../empty-contact-record.js';
import { parsePlaybook } from '../../playbook/parse-playbook.js';
import { importInsights } from './import-insights.js';
import type { InsightContact } from './insight-segments.js';
import { fisherExactTest } from './fisher-exact-test.js';
import { wilsonInterval } from './wilson-interval.js';
import { seededUniform } from '../../learning/stats/seeded-uniform.js';

function contact(values: Partial<ContactRecord>, matched: boolean): InsightContact {
  const email = { address: 'a@acme.com', valid: true, role: false, free: false, disposable: false };
  return { record: { ...emptyContactRecord(), emails: [email], ...values }, fit: matched ? 0.8 : 0.3, matched };
}

describe('wilsonInterval', () => {
  it('matches published values', () => {
    const half = wilsonInterval(5, 10);
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(0, 10).high).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe('fisherExactTest', () => {
  it('matches the tea-tasting example (8 cups, 4 with milk first)', () => {
    // P(4 of 4 right) = 1/70; P(>= 3 right) = (16 + 1)/70.
    expect(fisherExactTest({ segmentMatches: 4, segmentSize: 4, matches: 4, total: 8 })).toBeCloseTo(1 / 70, 12);
    expect(fisherExactTest({ segmentMatches: 3, segmentSize: 4, matches: 4, total: 8 })).toBeCloseTo(17 / 70, 12);
    expect(fisherExactTest({ segmentMatches: 0, segmentSize: 4, matches: 4, total: 8 })).toBe(1);
  });
});

describe('importInsights', () => {
  it('reports a significant concentration of ICP matches with hand-computed numbers', () => {
    const contacts: InsightContact[] = [];
    // 40 VPs of Sales at Financial Services companies, 30 of them ICP matches.
    for (let index = 0; index < 40; index++) {
      contacts.push(contact({ seniority: 'vp', function: 'sales', industry: 'Financial Services', company: `Fin ${index}` }, index < 30));
    }
    // 160 others (managers in engineering, retail), 10 matches.
    for (let index = 0; index < 160; index++) {
      contacts.push(contact({ seniority: 'manager', function: 'engineering', industry: 'Retail', company: `Shop ${index}` }, index < 10));
    }
    const [first, ...rest] = importInsights(contacts);
    expect(first?.kind).toBe('icp-concentration');
    // 30 of 40 matches = 75%; the segment is 40 of 200 = 20% of the list; lift 3.75.
    expect(first?.text).toBe(
      // Wilson 95% of 30/40 by hand: centre 0.7281, half-width 0.1300.
      '75% [60–86%] of your ICP matches (n=30 of 40) are VPs of Sales at Financial Services companies — 3.8x their share of the list (20%, 40 of 200)',
    );
    expect(first).toMatchObject({ n: 40, count: 30, share: 0.75 });
    expect(first?.interval.low).toBeCloseTo(wilsonInterval(30, 40).low, 12);
    expect(first?.test?.lift).toBeCloseTo(3.75, 12);
    expect(first?.test?.segmentRate).toBe(0.75);
    expect(first?.test?.restRate).toBeCloseTo(10 / 160, 12);
    expect(first?.test?.pValue).toBeLessThan(0.05 / (first?.test?.comparisons ?? 1));
    expect(rest).toEqual([]);
  });

  it('states data gaps, multi-threading and free mail with their counts, in a fixed order', () => {
    const gmail = { address: 'x@gmail.com', valid: true, role: false, free: true, disposable: false };
    const contacts: InsightContact[] = [];
    for (let index = 0; index < 100; index++) {
      const values: Partial<ContactRecord> = { companyKey: `company-${index % 40}` };
      if (index < 30) values.emails = []; // 30 without email …
      if (index < 12) values.linkedinUrl = `https://www.linkedin.com/in/p${index}`; // … 12 of them on LinkedIn
      if (index >= 30 && index < 44) values.emails = [gmail]; // 14 of the 70 with an email on free mail
      contacts.push(contact(values, false));
    }
    const insights = importInsights(contacts);
    expect(insights.map((insight) => insight.kind)).toEqual(['data-gap', 'multi-threading', 'free-mail']);
    expect(insights[0]).toMatchObject({ text: '30 of 100 contacts (30%) have no email; 12 of them have a LinkedIn URL', n: 100, count: 30 });
    // companies 0..19 get 3 contacts (index, +40, +80 < 100), companies 20..39 get 2
    expect(insights[1]).toMatchObject({
      text: '20 of 40 companies have 3+ contacts (60 contacts in all): multi-threading opportunities',
      n: 40,
      count: 20,
      share: 0.5,
    });
    expect(insights[2]).toMatchObject({ text: '14 of 70 contacts with an email (20%) use a free-mail address as their primary email', n: 70, count: 14 });
    expect(insights.every((insight) => insight.test === undefined)).toBe(true);
    expect(importInsights(contacts)).toEqual(insights);
  });

  it('counts no company for non-employers (a company name without a key)', () => {
    const contacts = [
      ...['stripe', 'stripe', 'stripe', 'figma'].map((companyKey) => contact({ company: companyKey, companyKey }, false)),
      contact({ company: 'Self-employed' }, false),
      contact({ company: 'Stealth' }, false),
    ];
    const threading = importInsights(contacts).find((insight) => insight.kind === 'multi-threading');
    // One company: 'has', not 'have'.
    expect(threading).toMatchObject({ text: '1 of 2 companies has 3+ contacts (3 contacts in all): multi-threading opportunities', n: 2 });
    const matched = [...['stripe', 'stripe', 'stripe'].map((companyKey) => contact({ company: companyKey, companyKey }, true)), contact({ company: 'figma', companyKey: 'figma' }, false)];
    expect(importInsights(matched).find((insight) => insight.kind === 'multi-threading')?.text).toBe(
      '1 of 2 companies has 3+ contacts (3 contacts in all): multi-threading opportunities; 1 of them has 2+ ICP matches',
    );
  });

  it('falls back to the match rate, and gives nothing for an empty list', () => {
    const contacts = [contact({}, true), contact({}, false), contact({}, false)];
    const playbook = parsePlaybook('name: A\nproblem: B\nicp:\n  seniority: { include: [director] }\n');
    expect(importInsights(contacts, playbook)).toEqual([
      // One contact: 'matches', not 'match'.
      { kind: 'icp-match-rate', text: '1 of 3 contacts (33%) matches the ICP', n: 3, count: 1, share: 1 / 3, interval: wilsonInterval(1, 3) },
    ]);
    expect(importInsights([])).toEqual([]);
  });

  it('claims no ICP match rate without a playbook: the email coverage fills in', () => {
    const contacts = [contact({}, false), contact({}, false)];
    expect(importInsights(contacts)).toEqual([
      { kind: 'email-coverage', text: '2 of 2 contacts (100%) have an email address', n: 2, count: 2, share: 1, interval: wilsonInterval(2, 2) },
    ]);
  });

  it('agrees the verb with a count of one in every insight', () => {
    const free = { address: 'a@gmail.com', valid: true, role: false, free: true, disposable: false };
    const one = [contact({ emails: [] }, false), ...Array.from({ length: 5 }, () => contact({}, false)), contact({ emails: [free] }, false)];
    const texts = importInsights(one).map((insight) => insight.text);
    expect(texts).toEqual([
      '1 of 7 contacts (14%) has no email; 0 of them have a LinkedIn URL',
      '1 of 6 contacts with an email (17%) uses a free-mail address as their primary email',
    ]);
    const reachable = [contact({ emails: [], linkedinUrl: 'https://www.linkedin.com/in/ada' }, false), ...Array.from({ length: 9 }, () => contact({}, false))];
    expect(importInsights(reachable)[0]?.text).toBe('1 of 10 contacts (10%) has no email; 1 of them has a LinkedIn URL');
    expect(importInsights([contact({}, false), contact({ emails: [] }, false), contact({ emails: [] }, false)]).map((insight) => insight.text)).toContain(
      '2 of 3 contacts (67%) have no email; 0 of them have a LinkedIn URL',
    );
    expect(importInsights([contact({}, false)]).map((insight) => insight.text)).toEqual(['1 of 1 contacts (100%) has an email address']);
  });

  it('tests playbook personas as segments', () => {
    const playbook = parsePlaybook(
      'name: A\nproblem: B\nicp:\n  seniority: { include: [director] }\npersonas:\n  - { name: Head of RevOps, seniority: [director], function: [operations] }\n',
    );
    const contacts: InsightContact[] = [];
    const roles: Array<[Seniority, JobFunction]> = [['director', 'operations'], ['director', 'finance'], ['ic', 'operations'], ['manager', 'sales']];
    roles.forEach(([seniority, jobFunction], group) => {
      for (let index = 0; index < 50; index++) contacts.push(contact({ seniority, function: jobFunction }, group === 0 ? index < 40 : index < 5));
    });
    const [first] = importInsights(contacts, playbook);
    expect(first?.kind).toBe('icp-concentration');
    expect(first?.text).toMatch(/^73% \[60–83%\] of your ICP matches \(n=40 of 55\) are (contacts matching persona 'Head of RevOps'|Directors of Operations) — 2\.9x/);
  });

  it('makes no comparative claim when matches are independent of every segment (null case)', () => {
    const seniorities: Seniority[] = ['c-level', 'vp', 'director', 'manager', 'ic'];
    const functions: JobFunction[] = ['sales', 'marketing', 'operations', 'engineering', 'finance'];
    const industries = ['Computer Software', 'Financial Services', 'Retail', 'Manufacturing', 'Healthcare'];
    const countries = ['DE', 'US', 'SE', 'FR', 'GB'];
    let claims = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const random = seededUniform(seed);
      const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
      const contacts = Array.from({ length: 600 }, () =>
        contact(
          { seniority: pick(seniorities), function: pick(functions), industry: pick(industries), country: pick(countries), employees: Math.floor(random() * 3000) + 1 },
          random() < 0.3,
        ),
      );
      if (importInsights(contacts).some((insight) => insight.test !== undefined)) claims++;
    }
    // Bonferroni bounds the family-wise error at 5%: about one false claim in 20 lists at most.
    expect(claims).toBeLessThanOrEqual(1);
  });
});
