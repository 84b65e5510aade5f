import { describe, expect, it } from 'vitest';
import { profileSegment } from '../loop/contact-learning-features.js';
import { importTenantEvents } from '../loop/tenant-intelligence.js';
import { csvStream, historyTenants, storedContact } from './__fixtures__/history-test-inputs.js';
import { importEventHistory } from './import-event-history.js';

const tenant = historyTenants('history-profile');

const history = [
  'Email,Title,Company Size,Industry,Country,Template,Sent At,Replied',
  'ada@x.example,VP of Sales,51-200,Software,Deutschland,roi,2024-01-08,yes',
  'ken@x.example,Marketing Manager,1200,Retail,USA,roi,2024-01-09,no',
  'bob@x.example,,,,,roi,2024-01-10,no',
].join('\n');

describe('importEventHistory: the recipient profile of a history row', () => {
  it('gives a history-only workspace segments and features from the row\'s own title, company size, industry and country', async () => {
    const scope = await tenant();
    const result = await importTenantEvents(scope, csvStream(history));
    expect(result.columns).toMatchObject({ title: 'Title', companySize: 'Company Size', industry: 'Industry', country: 'Country' });
    expect(result.unusedColumns).toEqual([]);
    const observations = await scope.events.observations();
    expect(observations.map((item) => [item.segment, item.features])).toEqual([
      ['vp · 51–200', { seniority: 'vp', function: 'sales', employees: 51, industry: 'software', country: 'DE' }],
      ['manager · 1,001–5,000', { seniority: 'manager', function: 'marketing', employees: 1200, industry: 'retail', country: 'US' }],
      // A row that says nothing of its recipient stays unknown, as before.
      ['unknown', undefined],
    ]);
  });

  it('lets the stored contact\'s values win and the row fill only what the contact lacks', async () => {
    const scope = await tenant();
    const contact = storedContact('c1', 'ada@x.example');
    contact.record.seniority = 'c-level';
    await scope.contacts.upsertMany([contact]);
    await importEventHistory(scope, csvStream(history), { segmentOfProfile: profileSegment });
    const [ada] = await scope.events.observations();
    expect(ada?.contactId).toBe('c1');
    // Seniority from the contact (c-level, not the row's vp); the size the contact lacks from the row.
    expect(ada?.segment).toBe('c-level · 51–200');
    expect(ada?.features).toMatchObject({ employees: 51, country: 'DE' });
    expect(ada?.features?.['seniority']).toBeUndefined();
  });

  it('keeps a segment column and a segmentOf option first', async () => {
    const scope = await tenant();
    await importTenantEvents(scope, csvStream('Email,Segment,Title,Sent At\na@x.example,fintech,VP Sales,2024-01-08\n'));
    await scope.contacts.upsertMany([storedContact('c2', 'b@x.example', 'tagged')]);
    await importTenantEvents(scope, csvStream('Email,Title,Sent At\nb@x.example,VP Sales,2024-01-09\n'), { segmentOf: (stored) => stored.record.tags[0] });
    expect((await scope.events.observations()).map((item) => item.segment)).toEqual(['fintech', 'tagged']);
  });

  it('reads the profile from the send row of a file of one row per event', async () => {
    const scope = await tenant();
    const events = ['type,created,recipient,Job Title,Employees', 'SENT,2024-01-08T09:00:00Z,ada@x.example,Head of Growth,35', 'OPEN,2024-01-08T10:00:00Z,ada@x.example,,'].join('\n');
    const result = await importTenantEvents(scope, csvStream(events));
    expect(result).toMatchObject({ layout: 'row-per-event', columns: { title: 'Job Title', companySize: 'Employees' } });
    const [sent] = await scope.events.observations();
    expect(sent).toMatchObject({ segment: 'director · 11–50', features: { seniority: 'director', employees: 35 } });
  });
});
