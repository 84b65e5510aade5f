import { describe, expect, it } from 'vitest';
import { splitList } from './split-list.js';

describe('splitList', () => {
  it('splits one cell on every separator, keeping the first of items equal ignoring case', () => {
    expect(splitList(['Salesforce,  HubSpot ::: salesforce;n/a|Slack\nZoom'])).toEqual(['Salesforce', 'HubSpot', 'Slack', 'Zoom']);
  });

  it('de-duplicates across cells in column order', () => {
    expect(splitList(['vip; 2024', 'VIP | event', '2024'])).toEqual(['vip', '2024', 'event']);
  });

  it('hands out a fresh array each time, so a caller cannot change a later result', () => {
    const first = splitList(['a, b']);
    first.push('c');
    expect(splitList(['a, b'])).toEqual(['a', 'b']);
  });
});
