import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContacts } from '../../contacts/pipeline/index.js';
import { openPgliteStore } from '../../store/pglite/index.js';
import type { Store, TenantStore } from '../../store/store.js';
import { seededRandom } from '../../testing/index.js';
import type { OutcomeEvent } from '../outcome-event.js';
import { loadTenantLearning } from './tenant-learning.js';
import { rankTenantContacts, tenantDigest, tenantForecast, tenantInsights } from './tenant-intelligence.js';

let directory: string;
let store: Store;
let tenant: TenantStore;

const titles = ['VP Sales', 'Head of Marketing', 'Software Engineer', 'CEO'];

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-loop-'));
  const lines = ['First Name,Last Name,Email,Title,Employees'];
  for (let index = 0; index < 200; index++) lines.push(`P${index},L${index},p${index}@c${index % 40}.example,${titles[index % 4]},${50 + (index % 5) * 100}`);
  await writeFile(join(directory, 'contacts.csv'), lines.join('\n'));
  store = await openPgliteStore();
  await store.ensureTenant('t');
  await store.ensureTenant('other');
  tenant = store.forTenant('t');
  await importContacts(tenant, { file: join(directory, 'contacts.csv') });

  // 800 sends over four weeks: roi succeeds 30% of the time, pain-point 4%.
  const contacts = await tenant.contacts.list({ orderBy: 'id' });
  const random = seededRandom(11);
  const events: OutcomeEvent[] = [];
  for (let index = 0; index < 800; index++) {
    const contact = contacts[index % contacts.length];
    const angle = index % 2 === 0 ? 'roi' : 'pain-point';
    const sentAt = new Date(Date.UTC(2026, 0, 5) + Math.floor(index / 30) * 86_400_000).toISOString();
    const base = { source: 'test', messageId: `m${index}`, contactId: contact?.id, campaign: index < 700 ? 'q1' : 'q2', angle, channel: 'email', segment: 'vp · 51–200' };
    events.push({ ...base, externalId: `${index}:sent`, type: 'sent', occurredAt: sentAt });
    if (random.chance(angle === 'roi' ? 0.3 : 0.04)) {
      events.push({ ...base, externalId: `${index}:reply`, type: 'replied', sentiment: 'positive', occurredAt: new Date(Date.parse(sentAt) + 86_400_000).toISOString() });
    }
  }
  await tenant.events.add(events);
});

afterAll(async () => {
  await store.close();
  await rm(directory, { recursive: true, force: true });
});

describe('tenant learning loop', () => {
  it('learns the better angle from the stored history and versions the learned state', async () => {
    const learning = await loadTenantLearning(tenant);
    expect(learning.observations).toHaveLength(800);
    expect(learning.versions?.replyModel).toBe(1);
    const recommendation = learning.learner.recommendAngle({ segment: 'vp · 51–200', channel: 'email' });
    expect(learning.learner.posterior('vp · 51–200', 'roi', 'email').mean).toBeGreaterThan(learning.learner.posterior('vp · 51–200', 'pain-point', 'email').mean);
    expect(recommendation.reason.length).toBeGreaterThan(10);
    // Nothing new since: no new version.
    expect((await loadTenantLearning(tenant)).versions).toBeUndefined();
    expect(await store.forTenant('other').models.latest('reply-model')).toBeUndefined();
  });

  it('counts a send still inside its reply window as the elapsed share of a failure, and a reply at once', async () => {
    await store.ensureTenant('recent');
    const recent = store.forTenant('recent');
    const sentAt = '2026-03-02T09:00:00.000Z';
    const base = { source: 'test', angle: 'roi', channel: 'email', segment: 'vp · 51–200' };
    await recent.events.add([
      { ...base, messageId: 'r1', externalId: 'r1:sent', type: 'sent', occurredAt: sentAt },
      { ...base, messageId: 'r1', externalId: 'r1:reply', type: 'replied', sentiment: 'positive', occurredAt: '2026-03-03T09:00:00.000Z' },
      { ...base, messageId: 'r2', externalId: 'r2:sent', type: 'sent', occurredAt: sentAt },
    ]);
    // Two days into a seven-day window: r1 is a whole success, r2 two sevenths of a failure.
    const learning = await loadTenantLearning(recent, { save: false, replyWindowDays: 7, now: () => new Date('2026-03-04T09:00:00.000Z') });
    const [cell] = learning.learner.snapshot().cells;
    expect(cell?.[3]).toBe(1);
    expect(cell?.[4]).toBeCloseTo(1 + 2 / 7, 12);
    const later = await loadTenantLearning(recent, { save: false, now: () => new Date('2026-04-01T00:00:00.000Z') });
    expect(later.learner.snapshot().cells[0]?.[4]).toBeCloseTo(2, 12);
  });

  it('leaves sends inside their reply window out of the reply and timing models until the window closes', async () => {
    await store.ensureTenant('pending');
    const pending = store.forTenant('pending');
    const base = { source: 'test', angle: 'roi', channel: 'email', segment: 'vp · 51–200' };
    const sent = (id: string, occurredAt: string): OutcomeEvent => ({ ...base, messageId: id, externalId: `${id}:sent`, type: 'sent', occurredAt });
    await pending.events.add([
      sent('old', '2026-02-02T09:00:00.000Z'),
      sent('new-reply', '2026-03-02T09:00:00.000Z'),
      { ...base, messageId: 'new-reply', externalId: 'new-reply:reply', type: 'replied', sentiment: 'positive', occurredAt: '2026-03-03T09:00:00.000Z' },
      sent('new-silent', '2026-03-02T09:00:00.000Z'),
    ]);
    // Two days into the window of the new sends: only the old one (no reply) is learned.
    const early = await loadTenantLearning(pending, { replyWindowDays: 7, now: () => new Date('2026-03-04T09:00:00.000Z') });
    expect([early.model.n, early.model.positives]).toEqual([1, 0]);
    expect(early.timing.snapshot().total).toEqual({ successes: 0, sends: 1 });
    // Windows closed: all three, one success; the saved state is versioned again although no event came.
    const closed = await loadTenantLearning(pending, { replyWindowDays: 7, now: () => new Date('2026-03-10T09:00:00.000Z') });
    expect([closed.model.n, closed.model.positives]).toEqual([3, 1]);
    expect(closed.timing.snapshot().total).toEqual({ successes: 1, sends: 3 });
    expect(closed.versions?.replyModel).toBe((early.versions?.replyModel ?? 0) + 1);
  });

  it('ranks contacts by expected value with reasons, leaving out those already sent in the campaign', async () => {
    const all = await rankTenantContacts(tenant, { top: 500 });
    expect(all).toHaveLength(200);
    for (let index = 1; index < all.length; index++) expect(all[index - 1]?.ev ?? 0).toBeGreaterThanOrEqual(all[index]?.ev ?? 0);
    expect(all[0]?.reasons.length).toBeGreaterThan(0);
    const remaining = await rankTenantContacts(tenant, { campaign: 'q2' });
    expect(remaining.length).toBe(100);
    expect(await rankTenantContacts(store.forTenant('other'))).toEqual([]);
  });

  it('claims the real angle difference with its numbers', async () => {
    const { sends, insights } = await tenantInsights(tenant);
    expect(sends).toBe(800);
    const claim = insights.find((insight) => insight.kind === 'claim' && insight.values['angle'] === 'roi');
    expect(claim).toBeDefined();
    expect(claim?.effect).toBeGreaterThan(0.1);
    expect(claim?.qValue).toBeLessThan(0.05);
    expect(claim?.n).toBeGreaterThan(300);
  });

  it('forecasts from the weekly volume of the four weeks before now, not before the latest send', async () => {
    // The history's 800 sends run from 2026-01-05 to 2026-01-31: on 2026-02-01 they are the recent
    // pace, averaged over the 27 days since the first send (3.86 weeks), not over 4.
    const february = await tenantForecast(tenant, { weeks: 2, now: new Date('2026-02-01T00:00:00Z') });
    expect(february.plan).toEqual([{ segment: 'vp · 51–200', sendsPerWeek: 207.41 }]);
    expect(february.pace).toEqual({ from: '2026-01-04T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z', sends: 800, weeks: 3.86, lastSend: '2026-01-31T00:00:00.000Z' });
    expect(february.atLastActivePace).toBeUndefined();
    // Ten months later the recent pace is no sends, so 0 expected; the pace of the last active weeks is apart and labelled.
    const november = await tenantForecast(tenant, { weeks: 2, now: new Date('2026-11-27T09:00:00Z') });
    expect(november.plan).toEqual([]);
    expect(november.pace).toEqual({ from: '2026-10-30T09:00:00.000Z', to: '2026-11-27T09:00:00.000Z', sends: 0, weeks: 4, lastSend: '2026-01-31T00:00:00.000Z' });
    for (const outcome of november.outcomes) expect(outcome.total).toEqual({ expected: 0, interval: [0, 0] });
    expect(november.outcomes[0]?.history).toEqual(february.outcomes[0]?.history);
    // The last active pace: 800 sends over the 26 days from the first send to the last (3.71 weeks).
    expect(november.atLastActivePace).toMatchObject({ from: '2026-01-03T00:00:00.000Z', to: '2026-01-31T00:00:00.000Z', sends: 800, weeks: 3.71, plan: [{ segment: 'vp · 51–200', sendsPerWeek: 215.38 }] });
    expect(november.atLastActivePace?.outcomes[0]?.history).toEqual(february.outcomes[0]?.history);
    expect(november.atLastActivePace?.outcomes[0]?.total.expected).toBeGreaterThan(february.outcomes[0]?.total.expected ?? Infinity);
    // Without `now` the clock is the real one, and January 2026 is long past.
    expect((await tenantForecast(tenant, { weeks: 1 })).plan).toEqual([]);
    // A plan passed in is used as given, with no second forecast.
    const planned = await tenantForecast(tenant, { weeks: 2, now: new Date('2026-11-27T09:00:00Z'), plan: [{ segment: 'vp · 51–200', sendsPerWeek: 10 }] });
    expect(planned.outcomes[0]?.total.expected).toBeGreaterThan(0);
    expect(planned.atLastActivePace).toBeUndefined();
  });

  it('forecasts at the recent pace and digests the last week', async () => {
    const forecast = await tenantForecast(tenant, { weeks: 2, now: new Date('2026-02-01T00:00:00Z') });
    expect(forecast.plan[0]?.sendsPerWeek).toBeGreaterThan(0);
    const positive = forecast.outcomes.find((outcome) => outcome.target === 'positive-reply');
    expect(positive?.perWeek).toHaveLength(2);
    expect(positive?.total.interval[0]).toBeLessThanOrEqual(positive?.total.expected ?? 0);
    // The history's sends run from Monday 2026-01-05 to Saturday 2026-01-31; on 2026-01-14 the last complete week is the first.
    const digest = await tenantDigest(tenant, { now: new Date('2026-01-14T09:00:00Z') });
    expect(digest?.weekStart).toBe('2026-01-05');
    expect(digest?.thisWeek.sends).toBeGreaterThan(0);
    expect(await tenantDigest(tenant, { now: new Date('2026-11-27T09:00:00Z') })).toBeUndefined();
    expect((await tenantDigest(tenant, { week: 'latest' }))?.weekStart).toBe('2026-01-26');
    expect(digest?.text.length).toBeGreaterThan(20);
    expect(await tenantDigest(tenant, { weekStart: '2030-01-07' })).toBeUndefined();
    expect(await tenantDigest(store.forTenant('other'))).toBeUndefined();
  });

  it('never recommends "unknown", the angle of sends whose angle was not recorded', async () => {
    const sends = async (tenantId: string, angleOf: (index: number) => string | undefined) => {
      await store.ensureTenant(tenantId);
      const target = store.forTenant(tenantId);
      await importContacts(target, { file: join(directory, 'contacts.csv') });
      const contacts = await target.contacts.list({ orderBy: 'id' });
      const events: OutcomeEvent[] = [];
      for (let index = 0; index < 200; index++) {
        const angle = angleOf(index);
        const sentAt = new Date(Date.UTC(2026, 0, 5) + Math.floor(index / 20) * 86_400_000).toISOString();
        const base = { source: 'test', messageId: `m${index}`, contactId: contacts[index]?.id, channel: 'email', segment: 'vp · 51–200', ...(angle ? { angle } : {}) };
        events.push({ ...base, externalId: `${index}:sent`, type: 'sent', occurredAt: sentAt });
        // Sends without an angle do best, so a learner offered "unknown" as an angle would pick it.
        if (index % (angle ? 10 : 3) === 0) events.push({ ...base, externalId: `${index}:reply`, type: 'replied', sentiment: 'positive', occurredAt: sentAt });
      }
      await target.events.add(events);
      const random = seededRandom(3);
      return rankTenantContacts(target, { random: () => random.next() });
    };
    const mixed = await sends('mixed-angles', (index) => (index % 2 ? undefined : index % 4 ? 'roi' : 'pain-point'));
    expect(mixed.filter((entry) => entry.angle === 'unknown')).toEqual([]);
    expect(new Set(mixed.map((entry) => entry.angle))).not.toContain(null);
    const none = await sends('no-angles', () => undefined);
    expect(none.every((entry) => entry.angle === null && !entry.reasons.some((reason) => reason.includes('unknown angle')))).toBe(true);
  });
});
