import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredContact } from '../../store/store.js';
import type { OutcomeEvent } from '../outcome-event.js';
import { tenantWithContacts, type TenantFixture } from './__fixtures__/tenant-with-history.js';
import { contactSegment } from './contact-learning-features.js';
import { rankTenantContacts } from './tenant-intelligence.js';

const dayMs = 86_400_000;
const start = Date.UTC(2026, 0, 5);
const now = new Date(start + 60 * dayMs);
const titles = ['VP Sales', 'Director of Sales', 'Sales Manager', 'CEO'];

let fixture: TenantFixture;

/** A sent event and, every tenth send, a positive reply: both angles do the same, so only the draws pick. */
function history(contacts: readonly StoredContact[], sends: number): OutcomeEvent[] {
  const events: OutcomeEvent[] = [];
  for (let index = 0; index < sends; index++) {
    const contact = contacts[index % contacts.length] as StoredContact;
    const sentAt = new Date(start + Math.floor(index / 20) * dayMs).toISOString();
    const base = { source: 'test', messageId: `m${index}`, contactId: contact.id, angle: ['roi', 'pain-point', 'social-proof'][index % 3], channel: 'email', segment: contactSegment(contact) };
    events.push({ ...base, externalId: `${index}:sent`, type: 'sent', occurredAt: sentAt });
    if (index % 10 === 0) events.push({ ...base, externalId: `${index}:reply`, type: 'replied', sentiment: 'positive', occurredAt: new Date(Date.parse(sentAt) + dayMs).toISOString() });
  }
  return events;
}

const anglesOf = async (at: Date) => (await rankTenantContacts(fixture.tenant, { now: at })).map((entry) => `${entry.segment}:${entry.angle}`);

beforeAll(async () => {
  // 12 segments (4 seniorities × 3 size bands) and three angles with the same rate.
  const lines = ['First Name,Last Name,Email,Title,Employees'];
  for (let index = 0; index < 120; index++) lines.push(`P${index},L${index},p${index}@c${index % 30}.example,${titles[index % 4]},${[80, 300, 2000][index % 3]}`);
  fixture = await tenantWithContacts(lines);
  await fixture.tenant.events.add(history(fixture.contacts, 600));
});

afterAll(async () => {
  await fixture.close();
});

describe('the Thompson draws of rank', () => {
  it('give the same ranking when asked again the same day on the same events', async () => {
    const first = await rankTenantContacts(fixture.tenant, { now });
    const again = await rankTenantContacts(fixture.tenant, { now: new Date(now.getTime() + 3_600_000) });
    expect(new Set(first.map((entry) => entry.segment)).size).toBe(12);
    expect(again).toEqual(first);
  });

  it('draw anew on the next day and after a new event', async () => {
    const today = await anglesOf(now);
    expect(await anglesOf(new Date(now.getTime() + dayMs))).not.toEqual(today);
    const contact = fixture.contacts[0] as StoredContact;
    const reply: OutcomeEvent = { source: 'test', messageId: 'm1', contactId: contact.id, externalId: '1:late-reply', type: 'replied', sentiment: 'positive', occurredAt: new Date(now.getTime() - dayMs).toISOString() };
    await fixture.tenant.events.add([reply]);
    const afterReply = await anglesOf(now);
    expect(afterReply).not.toEqual(today);
    expect(await anglesOf(now)).toEqual(afterReply);
  });
});
