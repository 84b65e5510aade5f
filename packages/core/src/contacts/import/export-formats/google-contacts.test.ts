import { describe, expect, it } from 'vitest';
import { normalizeContact } from '../../normalize/normalize-contact.js';
import { applyMapping, mapColumns } from '../map-columns.js';

/** The tags a Google Contacts export row ends with, read as an import reads it. */
function tagsOf(header: readonly string[], row: readonly string[]): { format: string | undefined; tags: string[] } {
  const mapping = mapColumns(header, [row]);
  return { format: mapping.format, tags: normalizeContact(applyMapping(mapping, header, row)).tags };
}

describe('Google Contacts labels', () => {
  it("reads the current layout's Labels as tags, without the every-contact system group", () => {
    const header = ['First Name', 'Last Name', 'Organization Name', 'Labels', 'E-mail 1 - Label', 'E-mail 1 - Value'];
    const row = ['Ada', 'Lovelace', 'Engines Ltd', '* myContacts ::: * starred ::: Clients ::: * coworkers', '* Work', 'ada@example.com'];
    expect(tagsOf(header, row)).toEqual({ format: 'google-contacts', tags: ['starred', 'Clients', 'coworkers'] });
  });

  it("reads the legacy layout's Group Membership the same way", () => {
    const header = ['Name', 'Given Name', 'Family Name', 'Group Membership', 'E-mail 1 - Type', 'E-mail 1 - Value'];
    const row = ['Ada Lovelace', 'Ada', 'Lovelace', '* friends ::: * family ::: * myContacts', '* Home', 'ada@example.com'];
    expect(tagsOf(header, row)).toEqual({ format: 'google-contacts-legacy', tags: ['friends', 'family'] });
  });
});
