import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { OutcomeEvent } from '../learning/outcome-event.js';
import type { Store, TenantStore } from './store.js';

function event(type: OutcomeEvent['type'], messageId: string, occurredAt: string, overrides: Partial<OutcomeEvent> = {}): OutcomeEvent {
  return { source: 'resend', externalId: `${messageId}-${type}`, type, messageId, occurredAt, ...overrides };
}

const sent = event('sent', 'm1', '2024-05-06T09:00:00.000Z', {
  contactId: 'c1',
  campaign: 'q2',
  segment: 'saas-mid',
  angle: 'roi',
  channel: 'email',
  attributes: { seniority: 'vp', daysSinceSignal: 3, warm: true, note: 'quote " and ☃' },
});
const reply = event('replied', 'm1', '2024-05-07T08:00:00.000Z', { sentiment: 'positive' });

/**
 * The events and model-state part of the store contract: idempotency on (source, externalId),
 * folding in any arrival order, late events, versioned states, tenant isolation. Called from
 * `describeStoreContract` with the store it opened.
 */
export function describeEventsContract(getStore: () => Store): void {
  async function tenant(): Promise<TenantStore> {
    const id = `tenant-${randomUUID()}`;
    await getStore().ensureTenant(id, 'Test tenant');
    return getStore().forTenant(id);
  }

  describe('events', () => {
    it('stores events and lists them with every field, oldest first', async () => {
      const events = (await tenant()).events;
      expect(await events.add([reply, sent])).toEqual({ inserted: 2, duplicates: 0 });
      const listed = await events.list();
      expect(listed.map(({ receivedAt, ...rest }) => rest)).toEqual([sent, reply]);
      expect(listed[0]?.receivedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect((await events.list({ since: '2024-05-07T00:00:00Z' })).map((item) => item.type)).toEqual(['replied']);
      expect((await events.list({ until: '2024-05-07T00:00:00Z' })).map((item) => item.type)).toEqual(['sent']);
      expect(await events.list({ messageId: 'other' })).toEqual([]);
    });

    it('normalizes occurredAt to UTC', async () => {
      const events = (await tenant()).events;
      await events.add([event('sent', 'm1', '2024-05-06T11:00:00+02:00')]);
      expect((await events.list())[0]?.occurredAt).toBe('2024-05-06T09:00:00.000Z');
    });

    it('inserts nothing for the same event twice, the same batch twice, or a repeat within one batch', async () => {
      const events = (await tenant()).events;
      expect(await events.add([sent])).toEqual({ inserted: 1, duplicates: 0 });
      expect(await events.add([sent])).toEqual({ inserted: 0, duplicates: 1 });
      const batch = [sent, reply, event('opened', 'm1', '2024-05-06T10:00:00.000Z')];
      expect(await events.add(batch)).toEqual({ inserted: 2, duplicates: 1 });
      expect(await events.add(batch)).toEqual({ inserted: 0, duplicates: 3 });
      expect(await events.add([reply, { ...reply, sentiment: 'negative' }, reply])).toEqual({ inserted: 0, duplicates: 3 });
      expect(await events.add([])).toEqual({ inserted: 0, duplicates: 0 });
      expect(await events.list()).toHaveLength(3);
      expect((await events.list({ messageId: 'm1' })).find((item) => item.type === 'replied')?.sentiment).toBe('positive');
    });

    it('treats the same external id from another source as another event', async () => {
      const events = (await tenant()).events;
      expect(await events.add([sent, { ...sent, source: 'lemlist' }])).toEqual({ inserted: 2, duplicates: 0 });
    });

    it('counts a duplicate within a new batch once the first copy is stored', async () => {
      const events = (await tenant()).events;
      const fresh = event('clicked', 'm9', '2024-05-06T10:00:00.000Z');
      expect(await events.add([fresh, fresh])).toEqual({ inserted: 1, duplicates: 1 });
    });

    it('writes batches larger than one statement', async () => {
      const events = (await tenant()).events;
      const many = Array.from({ length: 12_001 }, (_, index) =>
        event('sent', `m${index}`, new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString(), { segment: `s${index % 5}`, angle: 'a', channel: 'email' }),
      );
      expect(await events.add(many)).toEqual({ inserted: 12_001, duplicates: 0 });
      expect(await events.add(many)).toEqual({ inserted: 0, duplicates: 12_001 });
      expect(await events.observations()).toHaveLength(12_001);
    });

    it('rejects an invalid event and stores nothing of the call', async () => {
      const events = (await tenant()).events;
      const bad = { ...reply, type: 'liked' } as unknown as OutcomeEvent;
      await expect(events.add([sent, bad])).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('Event 2') });
      await expect(events.add([{ ...sent, occurredAt: 'yesterday' }])).rejects.toMatchObject({ code: 'invalid-argument' });
      await expect(events.add([{ ...sent, externalId: '' }])).rejects.toMatchObject({ code: 'invalid-argument' });
      expect(await events.list()).toEqual([]);
    });

    it('folds observations whatever the arrival order, and counts a message only once it was sent', async () => {
      const events = (await tenant()).events;
      await events.add([reply, event('meeting-booked', 'm1', '2024-05-09T08:00:00.000Z')]);
      expect(await events.observations()).toEqual([]);
      await events.add([sent]);
      expect(await events.observations()).toEqual([
        {
          messageId: 'm1',
          contactId: 'c1',
          campaign: 'q2',
          segment: 'saas-mid',
          angle: 'roi',
          channel: 'email',
          sentAt: '2024-05-06T09:00:00.000Z',
          replied: true,
          positiveReply: true,
          meeting: true,
          bounced: false,
          unsubscribed: false,
          features: sent.attributes,
        },
      ]);
    });

    it('updates an observation when a late event arrives, and filters by send time', async () => {
      const events = (await tenant()).events;
      await events.add([sent, event('sent', 'm2', '2024-05-20T09:00:00.000Z', { segment: 'smb', angle: 'pain', channel: 'linkedin' })]);
      expect((await events.observations()).map((item) => item.replied)).toEqual([false, false]);
      await events.add([event('replied', 'm1', '2024-06-30T08:00:00.000Z', { sentiment: 'negative' }), event('unsubscribed', 'm1', '2024-06-30T08:00:01.000Z')]);
      const [first] = await events.observations();
      expect(first).toMatchObject({ messageId: 'm1', replied: true, positiveReply: false, unsubscribed: true });
      const recent = await events.observations({ since: '2024-05-10T00:00:00Z' });
      expect(recent.map((item) => item.messageId)).toEqual(['m2']);
      await events.add([event('replied', 'm2', '2024-05-21T09:00:00.000Z', { sentiment: 'positive' })]);
      expect(await events.observations({ since: '2024-05-10T00:00:00Z' })).toMatchObject([{ messageId: 'm2', positiveReply: true }]);
    });

    it('rolls back events added in a failed transaction', async () => {
      const scope = await tenant();
      await expect(
        scope.transaction(async (tx) => {
          await tx.events.add([sent, reply]);
          await tx.models.save('reply-model', { weights: [1] });
          throw new Error('crash');
        }),
      ).rejects.toThrow('crash');
      expect(await scope.events.list()).toEqual([]);
      expect(await scope.models.latest('reply-model')).toBeUndefined();
    });
  });

  describe('model states', () => {
    it('appends versions per kind and reads them back', async () => {
      const models = (await tenant()).models;
      expect(await models.latest('reply-model')).toBeUndefined();
      expect(await models.save('reply-model', { weights: [0.5, -1.25], bias: 0.1 })).toBe(1);
      expect(await models.save('reply-model', { weights: [0.75], bias: 0 })).toBe(2);
      expect(await models.save('angle-learner', { arms: { roi: { alpha: 3, beta: 40 } } })).toBe(1);
      expect(await models.latest('reply-model')).toMatchObject({ kind: 'reply-model', version: 2, state: { weights: [0.75], bias: 0 } });
      expect(await models.get('reply-model', 1)).toMatchObject({ version: 1, state: { weights: [0.5, -1.25], bias: 0.1 } });
      expect((await models.get('angle-learner', 1))?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(await models.get('angle-learner', 2)).toBeUndefined();
      expect(await models.get('timing', 1)).toBeUndefined();
    });

    it('gives concurrent saves consecutive versions', async () => {
      const models = (await tenant()).models;
      const versions = await Promise.all(Array.from({ length: 5 }, (_, index) => models.save('timing', { index })));
      expect([...versions].sort()).toEqual([1, 2, 3, 4, 5]);
    });

    it('rejects an empty kind or an undefined state', async () => {
      const models = (await tenant()).models;
      await expect(models.save('', {})).rejects.toMatchObject({ code: 'invalid-argument' });
      await expect(models.save('reply-model', undefined)).rejects.toMatchObject({ code: 'invalid-argument' });
    });
  });

  describe('events and model states: tenant isolation', () => {
    it('shows each tenant only its own events, observations and states, even with the same ids', async () => {
      const a = await tenant();
      const b = await tenant();
      expect(await a.events.add([sent, reply])).toEqual({ inserted: 2, duplicates: 0 });
      // The same (source, externalId) in another tenant is a new event there.
      expect(await b.events.add([{ ...sent, segment: 'other' }])).toEqual({ inserted: 1, duplicates: 0 });
      await a.models.save('reply-model', { tenant: 'a' });
      await b.models.save('reply-model', { tenant: 'b' });
      await b.models.save('reply-model', { tenant: 'b2' });
      expect(await a.events.list()).toHaveLength(2);
      expect(await b.events.list()).toHaveLength(1);
      expect(await a.events.observations()).toMatchObject([{ segment: 'saas-mid', replied: true }]);
      expect(await b.events.observations()).toMatchObject([{ segment: 'other', replied: false }]);
      expect(await a.models.latest('reply-model')).toMatchObject({ version: 1, state: { tenant: 'a' } });
      expect(await b.models.latest('reply-model')).toMatchObject({ version: 2, state: { tenant: 'b2' } });
      expect(await a.models.get('reply-model', 2)).toBeUndefined();
    });

    it('rejects events for a tenant that was never created', async () => {
      const ghost = getStore().forTenant(`ghost-${randomUUID()}`);
      await expect(ghost.events.add([sent])).rejects.toMatchObject({ code: 'store-query-failed' });
      await expect(ghost.models.save('reply-model', {})).rejects.toMatchObject({ code: 'store-query-failed' });
    });
  });
}
