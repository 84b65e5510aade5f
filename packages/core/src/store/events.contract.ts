import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { foldEvents } from '../learning/events/fold-events.js';
import { outcomeEventTypes, type OutcomeEvent, type ReplySentiment } from '../learning/outcome-event.js';
import { seededRandom, type SeededRandom } from '../testing/seeded-random.js';
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

// Few instants and sources, so events of one message often share an instant. The sources and ids
// order differently by UTF-16 code unit (JavaScript), by code point (UTF-8 bytes, COLLATE "C"), by
// locale collation ('a' before 'B') and by position in text ('e10' before 'e9').
const tiedInstants = ['2024-05-06T09:00:00.000Z', '2024-05-06T09:00:00.000400Z', '2024-05-06T09:00:01.000Z', '2024-05-07T10:00:00.000Z'];
const tiedSources = ['a', 'B', 'b', 'resend', '\u{1F600}', '\uFF5E', 'ä'];
const tiedValues = [undefined, undefined, 'x', 'Y', 'z'];
const sentiments: (ReplySentiment | undefined)[] = [undefined, 'positive', 'negative', 'neutral', 'out-of-office'];

/** Events of `messages` messages with many same-instant ties between them, in shuffled order. */
function tiedEvents(random: SeededRandom, messages: number): OutcomeEvent[] {
  const events: OutcomeEvent[] = [];
  for (let message = 0; message < messages; message += 1) {
    const count = random.int(1, 14);
    for (let index = 0; index < count; index += 1) {
      const type = random.chance(0.45) ? 'sent' : random.pick(outcomeEventTypes);
      const item: OutcomeEvent = {
        source: random.pick(tiedSources),
        externalId: `e${random.int(0, 12)}${random.pick(['', 'a', 'B', '\u{1F600}', '\uFF5E'])}`,
        type,
        occurredAt: random.pick(tiedInstants),
        messageId: `m${message}`,
      };
      for (const key of ['segment', 'angle', 'channel', 'campaign', 'contactId'] as const) {
        const value = random.pick(tiedValues);
        if (value !== undefined) item[key] = `${key}-${value}`;
      }
      if (random.chance(0.3)) item.attributes = { segment: `from-attributes-${random.int(0, 2)}`, rank: random.int(0, 3) };
      const sentiment = type === 'replied' ? random.pick(sentiments) : undefined;
      if (sentiment !== undefined) item.sentiment = sentiment;
      events.push(item);
    }
  }
  return random.shuffle(events);
}

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

    it('lists events of some types and campaigns only', async () => {
      const events = (await tenant()).events;
      await events.add([
        event('sent', 'a', '2024-05-01T09:00:00Z', { campaign: 'Q1' }),
        event('replied', 'a', '2024-05-02T09:00:00Z', { campaign: 'Q1' }),
        event('sent', 'b', '2024-05-01T09:00:00Z', { campaign: 'Q2' }),
        event('sent', 'c', '2024-05-01T09:00:00Z'),
      ]);
      expect((await events.list({ types: ['sent'] })).map((item) => item.messageId)).toEqual(['a', 'b', 'c']);
      expect((await events.list({ campaigns: ['Q1'] })).map((item) => item.type)).toEqual(['sent', 'replied']);
      expect((await events.list({ types: ['sent'], campaigns: ['Q1', 'Q2'] })).map((item) => item.messageId)).toEqual(['a', 'b']);
      expect(await events.list({ types: [], campaigns: ['Q1'] })).toEqual([]);
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

    it('folds same-instant events of one message as foldEvents does: lower source, then external id, first', async () => {
      const events = (await tenant()).events;
      // Stored in the opposite order, so the order they are read in cannot give the right answer.
      await events.add([
        event('sent', 'm1', '2024-05-06T09:00:00.000Z', { source: 'resend', segment: 'from-resend', attributes: { by: 'resend' } }),
        event('sent', 'm1', '2024-05-06T09:00:00.000Z', { source: 'lemlist', segment: 'from-lemlist', attributes: { by: 'lemlist' } }),
        event('replied', 'm1', '2024-05-06T09:00:00.000Z', { source: 'b', externalId: 'r9', sentiment: 'positive', angle: 'from-b' }),
        event('replied', 'm1', '2024-05-06T09:00:00.000Z', { source: 'b', externalId: 'r10', sentiment: 'out-of-office', angle: 'from-b-r10' }),
        ...Array.from({ length: 9 }, (_, index) => event('opened', 'm1', '2024-05-06T09:00:00.000Z', { source: 'z', externalId: `o${index}` })),
        event('replied', 'm1', '2024-05-06T09:00:00.000Z', { source: 'a', externalId: 'r1', sentiment: 'out-of-office', channel: 'linkedin' }),
      ]);
      const expected = { segment: 'from-lemlist', angle: 'from-b-r10', channel: 'linkedin', features: { by: 'lemlist' }, replied: true, positiveReply: true };
      expect(await events.observations()).toMatchObject([expected]);
      expect(foldEvents(await events.list())).toMatchObject([expected]);
    });

    it('folds the same observations as foldEvents over the listed events, for generated events with many ties', async () => {
      const since = tiedInstants[2] ?? '';
      for (let seed = 1; seed <= 12; seed += 1) {
        const events = (await tenant()).events;
        await events.add(tiedEvents(seededRandom(seed), 30));
        const folded = foldEvents(await events.list());
        expect(await events.observations(), `seed ${seed}`).toEqual(folded);
        const recent = folded.filter((observation) => Date.parse(observation.sentAt) >= Date.parse(since));
        expect(await events.observations({ since }), `seed ${seed}, since`).toEqual(recent);
      }
    });

    it('folds as foldEvents when opens, clicks and deliveries carry dimensions their sent events have or lack', async () => {
      // Half the sent events carry every dimension: the store then leaves out the silent events of
      // messages whose sent events are all complete, and must still fold what foldEvents folds.
      const complete = { segment: 'segment-sent', angle: 'angle-sent', channel: 'email', campaign: 'campaign-sent', contactId: 'contact-sent' };
      for (let seed = 1; seed <= 8; seed += 1) {
        const events = (await tenant()).events;
        const generated = tiedEvents(seededRandom(seed), 40).map((item, index) => (item.type === 'sent' && index % 2 === 0 ? { ...item, ...complete } : item));
        await events.add(generated);
        const folded = foldEvents(await events.list());
        expect(folded.some((observation) => observation.segment === 'segment-sent')).toBe(true);
        expect(await events.observations(), `seed ${seed}`).toEqual(folded);
      }
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
