import { describe, expect, it } from 'vitest';
import { contact } from './__fixtures__/sample-contacts.js';
import { candidatePairs } from './blocking.js';
import { spellsName } from './blocking-keys.js';
import { buildFeatures } from './record-features.js';
import type { ContactRecord } from '../contact.js';

function paired(a: ContactRecord, b: ContactRecord): boolean {
  return candidatePairs(buildFeatures([a, b])).count === 1;
}

describe('local-part ends key', () => {
  // unrelated names, so only the addresses can pair the records
  const first = (email: string): ContactRecord => contact({ firstName: 'Noah', lastName: 'Watson', email });
  const second = (email: string): ContactRecord => contact({ firstName: 'Aisha', lastName: 'Khan', email });

  it('pairs two addresses garbled in both parts when the local part keeps its first or its last five letters', () => {
    // a typo late in the local part and two in the domain
    expect(paired(first('matthew78@ballard-mcdonald.net'), second('matthea78@bwllar-mcdonald.net'))).toBe(true);
    // a typo early in the local part and one in the domain
    expect(paired(first('shepcerdtara@fores.hom'), second('shepherdtara@flores.com'))).toBe(true);
  });

  it('does not pair addresses whose domains start differently, or whose local parts differ at both ends', () => {
    expect(paired(first('matthew78@ballard-mcdonald.net'), second('matthea78@cwllar-mcdonald.net'))).toBe(false);
    expect(paired(first('xatthew78@ballard-mcdonald.net'), second('matthex78@ballard-mcdonald.org'))).toBe(false);
  });

  it('leaves short local parts out (five letters or fewer say little)', () => {
    expect(paired(first('jsmith@acme.com'), second('jsmitt@acme.org'))).toBe(true);
    expect(paired(first('smith@acme.com'), second('smitt@acme.org'))).toBe(false);
  });

  it('keys only addresses that do not spell their own record\'s name (namesakes at one free-mail domain)', () => {
    const matthew = contact({ firstName: 'Matthew', lastName: 'Jones', email: 'matthew.jones@gmail.com' });
    const matthias = contact({ firstName: 'Matthias', lastName: 'Brown', email: 'matthias.brown@gmail.com' });
    expect(paired(matthew, matthias)).toBe(false);
    // nor one that does with one that does not
    expect(paired(contact({ firstName: 'Matthew', lastName: 'Jones', email: 'matthew.jones@gmail.com' }), contact({ firstName: 'Aisha', lastName: 'Khan', email: 'matthew.jonas@gmail.com' }))).toBe(false);
    // a record without a last name keys its address: two such records meet
    expect(paired(contact({ firstName: 'Matthew', email: 'matthew.jones@gmail.com' }), contact({ lastName: 'Brown', email: 'matthias.brown@gmail.com' }))).toBe(true);
  });

  it('finds a name spelled in a local part, dots and digits inside skipped', () => {
    expect(spellsName('samuel.campbell35@x.com', 17, 'campbell')).toBe(true);
    expect(spellsName('mary.ann7@x.com', 9, 'mary ann')).toBe(true);
    expect(spellsName('walterdunn@x.com', 10, 'berry')).toBe(false);
    // two letters say nothing
    expect(spellsName('lee@x.com', 3, 'le')).toBe(false);
  });
});
