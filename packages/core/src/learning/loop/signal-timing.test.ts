import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEnrichmentSignal } from '../../store/enrichment-store.js';
import type { StoredContact, TenantStore } from '../../store/store.js';
import { sendHistory, tenantWithContacts, type TenantFixture } from './__fixtures__/tenant-with-history.js';
import { signalTimeline } from './signal-timeline.js';
import { rankTenantContacts, tenantInsights } from './tenant-intelligence.js';
import { loadTenantLearning } from './tenant-learning.js';

const dayMs = 86_400_000;
const start = Date.UTC(2026, 0, 5);
const now = new Date(start + 120 * dayMs);

let fixture: TenantFixture;
let tenant: TenantStore;

const signal = (id: string, subjectId: string, type: string, at: number): StoredEnrichmentSignal => ({
  id,
  subjectId,
  runId: 'run-1',
  type,
  occurredAt: new Date(at).toISOString(),
  detectedAt: new Date(at + dayMs).toISOString(),
  text: `${type} (test)`,
  source: 'test',
});

beforeAll(async () => {
  // 240 VPs of sales at 60 companies of the same size: they differ only in their company's signals.
  const lines = ['First Name,Last Name,Email,Title,Employees'];
  for (let index = 0; index < 240; index++) lines.push(`P${index},L${index},p${index}@c${index % 60}.example,VP Sales,120`);
  fixture = await tenantWithContacts(lines);
  tenant = fixture.tenant;
  const companies = [...new Set(fixture.contacts.map((contact) => contact.companyId as string))].sort();

  // Half the companies raised funding on some day of the first 60; a send in the week after gets
  // 35% positive replies, every other send 5%.
  const fundedAt = new Map<string, number>();
  companies.slice(0, 30).forEach((company, index) => fundedAt.set(company, start + index * 2 * dayMs));
  await tenant.enrichment.saveRun({ id: 'run-1', status: 'done', options: {}, spent: 0, startedAt: new Date(start).toISOString() });
  await tenant.enrichment.addSignals([...fundedAt].map(([company, at], index) => signal(`s${index}`, company, 'funding', at)));
  const rate = (contact: StoredContact, sentAt: number) => {
    const funded = fundedAt.get(contact.companyId ?? '');
    return funded !== undefined && sentAt >= funded && sentAt - funded <= 7 * dayMs ? 0.35 : 0.05;
  };
  await tenant.events.add(sendHistory({ contacts: fixture.contacts, sends: 2400, start, perDay: 30, hour: 10, seed: 5, rate }));
});

afterAll(async () => {
  await fixture.close();
});

describe('signalTimeline', () => {
  it('gives the latest signal of any subject at or before a moment, in whole days', () => {
    const timeline = signalTimeline([
      signal('a', 'co-1', 'funding', start),
      signal('b', 'co-1', 'hiring-for-persona', start + 10 * dayMs),
      signal('c', 'ct-1', 'job-change', start + 4 * dayMs),
      { ...signal('d', 'co-2', 'funding', start), occurredAt: undefined, detectedAt: 'not a date' },
    ]);
    expect(timeline.size).toBe(3);
    expect(timeline.latest(['co-1'], start - 1)).toBeUndefined();
    expect(timeline.latest(['co-1'], start + 9.5 * dayMs)).toEqual({ signal: 'funding', daysSinceSignal: 9 });
    expect(timeline.latest(['co-1', 'ct-1'], start + 9.5 * dayMs)).toEqual({ signal: 'job-change', daysSinceSignal: 5 });
    expect(timeline.latest(['co-1', 'ct-1'], start + 12 * dayMs)).toEqual({ signal: 'hiring-for-persona', daysSinceSignal: 2 });
    expect(timeline.latest([undefined, 'co-2'], start + dayMs)).toBeUndefined();
  });
});

describe('enrichment signals in the learning loop', () => {
  it("learns a signal's window from the sends that followed the company's signal", async () => {
    const learning = await loadTenantLearning(tenant, { save: false, now: () => now });
    expect(learning.sendsWithEnrichedSignal).toBeGreaterThan(500);
    const window = learning.timing.window('funding');
    expect(window.days).toBeDefined();
    expect(window.days).toBeLessThanOrEqual(14);
    expect(window.lift).toBeGreaterThan(2);
  });

  it('finds the window among the insights, from the signals enrichment found before the sends', async () => {
    const { insights } = await tenantInsights(tenant);
    const windows = insights.filter((insight) => /after a funding signal/.test(insight.text));
    expect(windows.length).toBeGreaterThan(0);
    expect(windows[0]?.text).toMatch(/^Sends [\d–]+ days after a funding signal get/);
  });

  it('ranks a contact whose company raised funding 3 days ago above the same contact without, and says why', async () => {
    const contacts = await tenant.contacts.list({ orderBy: 'id' });
    const signalled = new Set((await tenant.enrichment.listSignals()).map((entry) => entry.subjectId));
    const unfunded = contacts.filter((contact) => contact.companyId !== undefined && !signalled.has(contact.companyId));
    const fresh = unfunded[0];
    const other = unfunded.find((contact) => contact.companyId !== fresh?.companyId);
    expect(fresh && other).toBeTruthy();
    await tenant.enrichment.addSignals([signal('fresh', fresh?.companyId as string, 'funding', now.getTime() - 3 * dayMs)]);

    const ranked = await rankTenantContacts(tenant, { now });
    const position = (id: string | undefined) => ranked.findIndex((entry) => entry.id === id);
    const freshEntry = ranked[position(fresh?.id)];
    const otherEntry = ranked[position(other?.id)];
    expect(freshEntry?.reasons.join(' | ')).toMatch(/raised funding 3 days ago: window open \(first \d+ days\)/);
    expect(otherEntry?.reasons.join(' | ')).not.toMatch(/funding/);
    expect(freshEntry?.signal).toEqual({ signal: 'funding', daysSinceSignal: 3 });
    expect(otherEntry?.signal).toBeNull();
    expect(freshEntry?.ev).toBeGreaterThan(2 * (otherEntry?.ev ?? 0));
    expect(position(fresh?.id)).toBeLessThan(position(other?.id));
  });
});
