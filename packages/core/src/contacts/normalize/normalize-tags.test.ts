import { describe, expect, it } from 'vitest';
import { normalizeTags } from './normalize-tags.js';

describe('normalizeTags', () => {
  it("drops Google's every-contact group and keeps its other system groups as plain tags", () => {
    expect(normalizeTags(['* myContacts ::: * starred ::: Clients'])).toEqual(['starred', 'Clients']);
    expect(normalizeTags(['* friends ::: * family ::: * coworkers ::: * Other Contacts'])).toEqual(['friends', 'family', 'coworkers', 'Other Contacts']);
    expect(normalizeTags(['* myContacts'])).toEqual([]);
  });

  it('keeps a system group and a user label of the same name once', () => {
    expect(normalizeTags(['* starred ::: Starred', 'starred'])).toEqual(['starred']);
  });

  it('leaves other tags as splitList gives them', () => {
    expect(normalizeTags(['vip; 2024', 'VIP | event'])).toEqual(['vip', '2024', 'event']);
    expect(normalizeTags(undefined)).toEqual([]);
  });
});
