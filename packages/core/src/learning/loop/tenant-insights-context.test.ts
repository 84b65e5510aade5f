import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../playbook/index.js';
import type { StoredContact } from '../../store/store.js';
import { sendHistory, tenantWithContacts, type TenantFixture } from './__fixtures__/tenant-with-history.js';
import { tenantDigest, tenantInsights } from './tenant-intelligence.js';

let fixture: TenantFixture;

const playbook = parsePlaybook(['name: Test', 'problem: Forecasts are guesswork.', 'icp:', '  companySize:', '    min: 50', '    max: 5000'].join('\n'), { file: 'playbook.yaml' });

beforeAll(async () => {
  // Half the contacts work at 120-person companies, half at 3,000-person ones: the history's rows
  // say nothing of size, the contacts do.
  const lines = ['First Name,Last Name,Email,Title,Employees'];
  for (let index = 0; index < 200; index++) lines.push(`P${index},L${index},p${index}@c${index}.example,VP Sales,${index % 2 === 0 ? 120 : 3000}`);
  fixture = await tenantWithContacts(lines);
  const rate = (contact: StoredContact) => (contact.record.employees === 120 ? 0.2 : 0.04);
  await fixture.tenant.events.add(sendHistory({ contacts: fixture.contacts, sends: 2000, start: Date.UTC(2026, 0, 5), perDay: 40, hour: 9, seed: 9, rate }));
});

afterAll(async () => {
  await fixture.close();
});

describe('tenant insights with what the tenant knows of each contact', () => {
  it("claims the company-size difference from the contacts' sizes and suggests narrowing the ICP it names", async () => {
    const { insights } = await tenantInsights(fixture.tenant, { playbook });
    const claim = insights.find((insight) => insight.kind === 'claim' && insight.dimension === 'company-size');
    expect(claim?.values['employees']).toBeDefined();
    const suggestion = insights.find((insight) => insight.kind === 'playbook-suggestion' && insight.dimension === 'company-size');
    expect(suggestion?.text).toMatch(/^The ICP says 50–5,000 employees; \d+% of positive replies come from companies of 51–200 employees \(50% of sends\): consider narrowing the ICP's company size toward 51–200\./);
    expect(suggestion?.edit).toEqual({ operation: 'narrow', field: 'icp.companySize', value: '51–200' });
  });

  it('names no ICP in the suggestion without a playbook', async () => {
    const { insights } = await tenantInsights(fixture.tenant);
    const suggestion = insights.find((insight) => insight.kind === 'playbook-suggestion' && insight.dimension === 'company-size');
    expect(suggestion?.text).toMatch(/^\d+% of positive replies come from companies of 51–200 employees/);
  });

  it('recommends the same narrowing in the weekly digest', async () => {
    const digest = await tenantDigest(fixture.tenant, { playbook, week: 'latest' });
    expect(digest?.adjustments.map((adjustment) => adjustment.text).join('\n')).toMatch(/The ICP says 50–5,000 employees; \d+% of positive replies come from companies of 51–200 employees/);
  });
});
