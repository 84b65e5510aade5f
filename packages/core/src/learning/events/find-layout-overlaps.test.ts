import { describe, expect, it } from 'vitest';
import type { OutcomeEvent } from '../outcome-event.js';
import { csvStream, historyTenants } from './__fixtures__/history-test-inputs.js';
import { findLayoutOverlaps } from './find-layout-overlaps.js';
import { foldEvents } from './fold-events.js';
import { importEventHistory } from './import-event-history.js';

const tenant = historyTenants('layouts');

// One campaign described twice: lemlist's lead export (one row per lead, its sequence as one message)
// and its activity export (one row per event, one message per step). Two leads, two steps each, one reply.
const leadExport = [
  'email,campaigns,leadStatus,emailsSent,emailsOpened,emailsReplied,firstContactedDate,lastRepliedDate',
  'ada@x.example,Push,Interested,2,1,1,2026-03-02T09:00:00.000Z,2026-03-05T10:00:00.000Z',
  'bob@x.example,Push,Contacted,2,0,0,2026-03-02T09:05:00.000Z,',
].join('\n');
const activities = [
  'type,createdAt,leadEmail,leadId,campaignName,sequenceStep',
  'emailsSent,2026-03-02T09:00:00.000Z,ada@x.example,lea_ada,Push,0',
  'emailsSent,2026-03-04T09:00:00.000Z,ada@x.example,lea_ada,Push,1',
  'emailsReplied,2026-03-05T10:00:00.000Z,ada@x.example,lea_ada,Push,1',
  'emailsSent,2026-03-02T09:05:00.000Z,bob@x.example,lea_bob,Push,0',
  'emailsSent,2026-03-04T09:05:00.000Z,bob@x.example,lea_bob,Push,1',
  'emailsSent,2026-03-04T09:05:00.000Z,cy@x.example,lea_cy,Other,0',
].join('\n');

async function counts(scope: Awaited<ReturnType<typeof tenant>>, campaign: string): Promise<[number, number]> {
  const observations = (await scope.events.observations()).filter((item) => item.campaign === campaign);
  return [observations.length, observations.filter((item) => item.replied).length];
}

describe('importEventHistory, one campaign from two layouts', () => {
  it('sets aside the activity rows of a campaign already imported from its lead export, naming campaign, rows and fix', async () => {
    const scope = await tenant();
    await importEventHistory(scope, csvStream(leadExport, 'leads.csv'));
    expect(await counts(scope, 'Push')).toEqual([2, 1]);
    const result = await importEventHistory(scope, csvStream(activities, 'activities.csv'));
    const reason = 'campaign "Push" is already imported from a file of one row per sent message or per lead (2 sent messages); this file of one row per event would count its sends twice';
    expect(result.rejected).toEqual([1, 2, 3, 4, 5].map((row) => ({ file: 'activities.csv', row, reason, field: 'campaignName' })));
    expect(result).toMatchObject({ messages: 1, events: 1, inserted: 1 });
    expect(result.eventTypes).toEqual([{ value: 'emailsSent', rows: 5, readAs: 'sent' }, { value: 'emailsReplied', rows: 1, readAs: 'replied' }]);
    expect(result.warnings).toEqual([
      'Campaign "Push": 5 rows of activities.csv not imported (rows 1, 2, 3, 4, 5). The workspace holds its history from a file of one row per sent message or per lead (a results sheet, a lemlist lead export); a file of one row per event (an activity or email-events export) describes the same sends at another grain, so each would count twice. Import one layout per campaign; to use this file instead, import it into a new workspace.',
    ]);
    expect(await counts(scope, 'Push')).toEqual([2, 1]);
    expect(await counts(scope, 'Other')).toEqual([1, 0]);
  });

  it('sets aside the lead export rows of a campaign already imported from its activities, and re-imports of one layout still pass', async () => {
    const scope = await tenant();
    await importEventHistory(scope, csvStream(activities, 'activities.csv'));
    const result = await importEventHistory(scope, csvStream(leadExport, 'leads.csv'));
    expect(result).toMatchObject({ events: 0, rejected: [{ row: 1, field: 'campaigns' }, { row: 2, field: 'campaigns' }] });
    expect(result.rejected[0]?.reason).toBe('campaign "Push" is already imported from a file of one row per event (4 sent messages); this file of one row per sent message or per lead would count its sends twice');
    expect(await counts(scope, 'Push')).toEqual([4, 1]);
    // A later activity export of the campaign (one more send) is the same layout: read as before.
    const later = await importEventHistory(scope, csvStream(`${activities}\nemailsSent,2026-03-06T09:00:00.000Z,ada@x.example,lea_ada,Push,2`, 'activities-2.csv'));
    expect(later).toMatchObject({ rejected: [], inserted: 1, duplicates: 6 });
    expect(await counts(scope, 'Push')).toEqual([5, 1]);
  });

  it('marks each sent event with its layout, which stays out of the observation features', async () => {
    const scope = await tenant();
    await importEventHistory(scope, csvStream('Email,Campaign,Sent At,Size\na@x.example,Q1,2026-03-02,12\n'), { featureColumns: ['Size'] });
    const [sent] = await scope.events.list();
    expect(sent?.attributes).toEqual({ Size: 12, historyLayout: 'row-per-message' });
    expect((await scope.events.observations())[0]?.features).toEqual({ Size: 12 });
    expect(foldEvents(await scope.events.list())[0]?.features).toEqual({ Size: 12 });
  });
});

describe('findLayoutOverlaps', () => {
  const sent = (messageId: string, campaign: string | undefined, layout?: string): OutcomeEvent => ({
    source: 'csv-history',
    externalId: `${messageId}:sent`,
    type: 'sent',
    occurredAt: '2026-03-02T09:00:00.000Z',
    messageId,
    ...(campaign === undefined ? {} : { campaign }),
    ...(layout === undefined ? {} : { attributes: { historyLayout: layout } }),
  });

  it('finds a campaign only when the other layout stored its sends and new sends come under other ids', () => {
    const stored = [sent('m1', 'A', 'row-per-message'), sent('m2', 'B', 'row-per-message'), sent('m3', 'C'), sent('m4', undefined, 'row-per-message')];
    expect(findLayoutOverlaps(stored, [sent('e1', 'A'), sent('e2', 'A'), sent('e3', 'C'), sent('e4', undefined)], 'row-per-event')).toEqual([{ campaign: 'A', storedLayout: 'row-per-message', storedMessages: 1 }]);
    // The same ids (a file naming the messages the other one stored) add no send: no overlap.
    expect(findLayoutOverlaps(stored, [sent('m2', 'B')], 'row-per-event')).toEqual([]);
    expect(findLayoutOverlaps(stored, [sent('e1', 'A')], 'row-per-message')).toEqual([]);
  });
});
