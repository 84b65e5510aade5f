import { describe, expect, it } from 'vitest';
import { contact } from './__fixtures__/sample-contacts.js';
import { candidatePairs } from './blocking.js';
import { spellsName } from './address-letters.js';
import { buildFeatures } from './record-features.js';
import type { ContactRecord } from '../contact.js';
import { normalizeContact } from '../normalize/normalize-contact.js';
import { blockCandidates, dedup } from './dedup.js';

function paired(a: ContactRecord, b: ContactRecord): boolean {
  return candidatePairs(buildFeatures([a, b])).count === 1;
}

// unrelated names, so only the addresses can pair the records
const first = (email: string): ContactRecord => contact({ firstName: 'Noah', lastName: 'Watson', email });
const second = (email: string): ContactRecord => contact({ firstName: 'Aisha', lastName: 'Khan', email });

describe('local-part ends key', () => {

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

describe('short and numbered local-part keys', () => {

  it('pairs initials-only local parts whose domains share their first letter', () => {
    expect(paired(first('j.c@white.org'), second('j.c@wrte.ohg'))).toBe(true);
    expect(paired(first('aw@thompson.com'), second('aw@thpmoson.com'))).toBe(true);
    expect(paired(first('j.c@white.org'), second('j.c@brte.org'))).toBe(false);
    expect(paired(first('j.c@white.org'), second('j.d@white.com'))).toBe(false);
  });

  it('pairs garbled addresses by the local part\'s initial and digits with the domain\'s initial', () => {
    expect(paired(first('l.feruson46@sahh.com'), second('l.fergson46@shah.com'))).toBe(true);
    // an address that spells its record's name is a target: it meets a garbled one
    expect(paired(contact({ firstName: 'Logan', lastName: 'Ferguson', email: 'l.ferguson46@shah.com' }), first('l.feruson46@sahh.com'))).toBe(true);
    expect(paired(first('l.feruson46@sahh.com'), second('l.fergson47@shah.com'))).toBe(false);
  });

  it('does not pair two addresses that both spell their own names through their digits', () => {
    expect(paired(contact({ firstName: 'Laura', lastName: 'Lee', email: 'laura.lee46@gmail.com' }), contact({ firstName: 'Liam', lastName: 'Long', email: 'liam.long46@gmail.com' }))).toBe(false);
  });
});

describe('decade-masked birth-year keys', () => {
  it('pairs a garbled name with the same initial born ten years off', () => {
    // `harppe` and `harper` have different phonetic codes
    const harper = contact({ firstName: 'Chartotle', lastName: 'Harper', email: 'charper@miller.biz', birthDate: '2028-01-10', city: 'Plymouth' });
    expect(paired(contact({ lastName: 'Harppe', birthDate: '2018-02-12' }), harper)).toBe(true);
    expect(paired(contact({ lastName: 'Harppe', birthDate: '2017-02-12' }), harper)).toBe(false);
  });

  it('pairs a record with no name with a namesake of its town born ten years off, the town\'s name typed wrong past its fourth letter', () => {
    const oliver = contact({ firstName: 'Oliver', lastName: 'Jones', email: 'oliverjones82@bond.biz', city: 'London', birthDate: '1981-09-02' });
    expect(paired(contact({ city: 'London', birthDate: '1991-08-31' }), oliver)).toBe(true);
    expect(paired(contact({ city: 'Londno', birthDate: '1981-08-31' }), oliver)).toBe(true);
    expect(paired(contact({ city: 'London', birthDate: '1982-08-31' }), oliver)).toBe(false);
    expect(paired(contact({ city: 'Lnodon', birthDate: '1981-08-31' }), oliver)).toBe(false);
  });
});

describe('company keys', () => {
  it('blocks and merges two records at a company named in two or three Han, Hangul or kana characters', () => {
    const person = (fields: Record<string, string>) => normalizeContact({ fields: Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, [value]])), custom: {} });
    // a typo that changes the surname's phonetic code: only the company + first name key pairs them
    const records = (companyA: string, companyB: string) => [
      person({ firstName: 'Wei', lastName: 'Zhang', company: companyA, email: 'weizhang@gmail.com', title: 'Product Manager' }),
      person({ firstName: 'Wei', lastName: 'Zhanh', company: companyB, phone: '+86 138 0013 8000', title: 'Product Manager' }),
    ];
    for (const company of ['腾讯', '小米', '삼성']) {
      expect(blockCandidates(records(company, company)).count).toBe(1);
      expect(dedup(records(company, company)).clusters).toEqual([[0, 1]]);
    }
    // two companies: no shared key
    expect(blockCandidates(records('腾讯', '小米')).count).toBe(0);
  });
});
