import { describe, expect, it } from 'vitest';
import { contact } from './__fixtures__/sample-contacts.js';
import { addressVouchesForName, nicknameMailbox, spellsOtherName } from './address-names.js';
import { createRecordComparer } from './compare-records.js';
import { conflict, exactEmail, exactPhone, nameless } from './record-comparison.js';
import { compareEmailLevel } from './field-comparators.js';
import { appendFeatures, buildFeatures } from './record-features.js';

describe('createRecordComparer', () => {
  it('takes a phone on more than sharedPhoneLimit records as shared (weak, never an exact key), among thousands of other phones', () => {
    const others = Array.from({ length: 3000 }, (_, k) => contact({ firstName: 'Ann', lastName: 'Lee', phone: `+4420${String(7_000_000 + k * 7)}` }));
    const held = (phone: string, times: number) => Array.from({ length: times }, () => contact({ firstName: 'Ann', lastName: 'Lee', phone }));
    const records = [...held('+442071111111', 4), ...held('+442072222222', 3), ...held('+442073333333', 300), ...others];
    const phoneOf = (limit: number, a: number, b: number): { level: number; exact: boolean } => {
      const comparer = createRecordComparer(buildFeatures(records), undefined, { sharedPhoneLimit: limit });
      const levels = new Int8Array(comparer.fields.length);
      const flags = comparer.compare(a, b, levels);
      return { level: levels[comparer.fields.findIndex((field) => field.name === 'phone')] ?? -1, exact: (flags & exactPhone) !== 0 };
    };
    expect(phoneOf(3, 0, 1)).toEqual({ level: 1, exact: false });
    expect(phoneOf(3, 4, 5)).toEqual({ level: 2, exact: true });
    expect(phoneOf(3, 7, 8)).toEqual({ level: 1, exact: false });
    // limits past a byte's count: 300 holders are shared under a limit of 299, not under 300
    expect(phoneOf(299, 7, 8)).toEqual({ level: 1, exact: false });
    expect(phoneOf(300, 7, 8)).toEqual({ level: 2, exact: true });
  });

  const addresses = ['jan.novak@firma.cz', 'jan.novka@firma.cz', 'jan.novak@firma.com', 'jan.nowak@firma.cz', 'petr.svoboda@jinde.cz', 'jn@firma.cz', 'jan.novak1@firma.cz', 'jan_novak@firma.cz', 'j_an.no-vak@firma.cz'];

  it('gives the email level of compareEmailLevel whether or not the addresses are read', () => {
    const records = addresses.map((email) => contact({ firstName: 'Jan', lastName: 'Novak', email }));
    const features = buildFeatures(records);
    const comparer = createRecordComparer(features);
    const slot = comparer.fields.findIndex((field) => field.name === 'email');
    const levels = new Int8Array(comparer.fields.length);
    for (let a = 0; a < addresses.length; a++) {
      for (let b = 0; b < addresses.length; b++) {
        if (a === b) continue;
        comparer.compare(a, b, levels);
        expect(levels[slot]).toBe(compareEmailLevel([addresses[a] ?? ''], [addresses[b] ?? ''], false));
      }
    }
  });

  it('compares records appended after construction and records with several addresses alike', () => {
    const features = buildFeatures([contact({ firstName: 'Jan', lastName: 'Novak', email: 'jan.novak@firma.cz' })]);
    const comparer = createRecordComparer(features);
    const several = contact({ firstName: 'Jan', lastName: 'Novak', email: 'x@y.cz' });
    several.emails.push({ address: 'jan.novka@firma.cz', valid: true, role: false, free: false, disposable: false });
    appendFeatures(features, several);
    appendFeatures(features, contact({ firstName: 'Jan', lastName: 'Novak', email: 'jan.novak@firma.cz' }));
    const slot = comparer.fields.findIndex((field) => field.name === 'email');
    const levels = new Int8Array(comparer.fields.length);
    comparer.compare(0, 1, levels);
    expect(levels[slot]).toBe(1);
    comparer.compare(0, 2, levels);
    expect(levels[slot]).toBe(2);
  });

  function nameLevels(a: Parameters<typeof contact>[0], b: Parameters<typeof contact>[0]): { first: number; last: number; flags: number } {
    const features = buildFeatures([contact(a), contact(b)]);
    const comparer = createRecordComparer(features);
    const levels = new Int8Array(comparer.fields.length);
    const flags = comparer.compare(0, 1, levels);
    const level = (name: string): number => levels[comparer.fields.findIndex((field) => field.name === name)] ?? -1;
    return { first: level('firstName'), last: level('lastName'), flags };
  }

  it('recognises swapped names even when one of them has a typo', () => {
    const result = nameLevels({ firstName: 'Osacar', lastName: 'Moore', email: 'om@x.com' }, { firstName: 'Moore', lastName: 'Oscar', email: 'om@x.com' });
    expect(result).toEqual({ first: 2, last: 3, flags: exactEmail });
  });

  it('leaves a middle initial out of the first name', () => {
    expect(nameLevels({ firstName: 'Tom C.', lastName: 'White' }, { firstName: 'Thomas', lastName: 'White' })).toMatchObject({ first: 3, last: 3 });
    expect(nameLevels({ firstName: 'Jérôme Y.', lastName: 'Simon' }, { firstName: 'Jerome', lastName: 'Simon' })).toMatchObject({ first: 3, last: 3 });
  });

  it('compares a lone name with the other record\'s other name (a surname typed as the first name)', () => {
    expect(nameLevels({ lastName: 'Thomas' }, { firstName: 'Thomas', lastName: 'Gabriel' })).toMatchObject({ first: -1, last: 3 });
    expect(nameLevels({ firstName: 'Thomas', lastName: 'Gabriel' }, { lastName: 'Thomas' })).toMatchObject({ first: -1, last: 3 });
    expect(nameLevels({ firstName: 'Brown' }, { firstName: 'Ethan', lastName: 'Brown' })).toMatchObject({ first: 3, last: -1 });
    // a lone name that matches neither stays a disagreement
    expect(nameLevels({ lastName: 'Young' }, { firstName: 'Thomas', lastName: 'Gabriel' }).flags & conflict).toBe(conflict);
  });

  it('flags a record without any name among named records', () => {
    expect(nameLevels({ birthDate: '2015-03-03' }, { firstName: 'Isla', lastName: 'Price', birthDate: '2015-03-03' }).flags & nameless).toBe(nameless);
    expect(nameLevels({ lastName: 'Dean', birthDate: '2015-03-03' }, { firstName: 'Evie', lastName: 'Dean' }).flags & nameless).toBe(0);
  });

  it('compares two names in two scripts once: "no evidence" (-1) is remembered like any other level', () => {
    const features = buildFeatures([contact({ firstName: '민준', lastName: 'Kim' }), contact({ firstName: 'Minjun', lastName: 'Kim' }), contact({ firstName: 'Minjun', lastName: 'Kim' })]);
    const comparer = createRecordComparer(features);
    const levels = new Int8Array(comparer.fields.length);
    const first = comparer.fields.findIndex((field) => field.name === 'firstName');
    // the comparer reads a name's text only to compare it (equal ids and cached pairs need none):
    // count the reads of record 0's first name
    let reads = 0;
    const hangul = features.first[0];
    Object.defineProperty(features.first, 0, {
      get: () => {
        reads++;
        return hangul;
      },
    });
    comparer.compare(0, 1, levels);
    expect(levels[first]).toBe(-1);
    const afterFirstPair = reads;
    expect(afterFirstPair).toBeGreaterThan(0);
    // the same two names on another pair, and the first pair again: nothing to compare anew
    comparer.compare(0, 2, levels);
    expect(levels[first]).toBe(-1);
    comparer.compare(0, 1, levels);
    expect(levels[first]).toBe(-1);
    expect(reads).toBe(afterFirstPair);
  });

  it('expects namesakes from the frequency of the commoner first and last name', () => {
    const people = [
      { firstName: 'Anna', lastName: 'Smith' },
      { firstName: 'Anna', lastName: 'Smith' },
      { firstName: 'Anna', lastName: 'Jones' },
      { firstName: 'Amelia', lastName: 'Alexander' },
      { firstName: 'Amelia', lastName: 'Alexander' },
      { firstName: 'Boris', lastName: 'Smith' },
      { firstName: 'Carl', lastName: 'Smith' },
      { firstName: 'Dora', lastName: 'Young' },
    ];
    const comparer = createRecordComparer(buildFeatures(people.map((person) => contact(person))));
    // anna: 3 of 8, smith: 4 of 8 -> 8 × 3/8 × 4/8 = 1.5
    expect(comparer.namesakes(0, 1)).toBeCloseTo(1.5, 10);
    // amelia: 2 of 8, alexander: 2 of 8 -> 8 × 2/8 × 2/8 = 0.5
    expect(comparer.namesakes(3, 4)).toBeCloseTo(0.5, 10);
    // a first name missing on one side: every record shares it, so only the last name counts
    const lone = createRecordComparer(buildFeatures([...people, { lastName: 'Smith' }].map((person) => contact(person))));
    // smith: 5 of 9 -> 9 × 1 × 5/9 = 5
    expect(lone.namesakes(0, 8)).toBeCloseTo(5, 10);
    expect(lone.namesakes(8, 5)).toBeCloseTo(5, 10);
  });

  it('lets a typo in a name at one company domain stand unless each address vouches for its own spelling', () => {
    expect(addressVouchesForName(['andrea@x.com'], 'x.com', 'andrea', 'andreas', '', '')).toBe(true);
    expect(addressVouchesForName(['andreas.meyer@x.com'], 'x.com', 'andreas', 'andrea', '', '')).toBe(true);
    // the address spells the other record's name, or neither
    expect(addressVouchesForName(['rebecca.edwards@cook.com'], 'cook.com', 'revecca', 'rebecca', '', '')).toBe(false);
    expect(addressVouchesForName(['maarten@x.com'], 'x.com', '', '', 'jaansen', 'jansen')).toBe(false);
    expect(addressVouchesForName(['andrea@gmail.com'], 'x.com', 'andrea', 'andreas', '', '')).toBe(false);
    // the other name only across a word break of the address: andrea + s(chneider)
    expect(addressVouchesForName(['andrea.schneider@x.com'], 'x.com', 'andrea', 'andreas', '', '')).toBe(true);
    expect(addressVouchesForName(['andreaschneider@x.com'], 'x.com', 'andrea', 'andreas', '', '')).toBe(false);
    const typo = nameLevels({ firstName: 'Revecca', lastName: 'Edwards', email: 'rebecca.edwards@cook.com' }, { firstName: 'Rebecca', lastName: 'Edwards', email: 'rebecca@cook.com' });
    expect(typo.flags & conflict).toBe(0);
    const unvouched = nameLevels({ firstName: 'Maarten', lastName: 'Jansen', email: 'maarten.jansen@cook.com' }, { firstName: 'Maarten', lastName: 'Jaansen', email: 'maarten@cook.com' });
    expect(unvouched.flags & conflict).toBe(0);
    const colleagues = nameLevels({ firstName: 'Andrea', lastName: 'Meyer', email: 'andrea@cook.com' }, { firstName: 'Andreas', lastName: 'Meyer', email: 'andreas@cook.com' });
    expect(colleagues.flags & conflict).toBe(conflict);
  });

  it('takes two addresses a typo apart at one company domain as one address mistyped when the names present agree', () => {
    // the last name missing on one side: the first names equal, the addresses one letter apart
    const mistyped = nameLevels({ firstName: 'Evie', email: 'evieed62@bishop.info' }, { firstName: 'Evie', lastName: 'Davidson', email: 'evied62@bishop.info' });
    expect(mistyped).toMatchObject({ first: 3, last: -1 });
    expect(mistyped.flags & conflict).toBe(0);
    // the first name missing, the last names a typo apart
    expect(nameLevels({ lastName: 'Hrvey', email: 'ellis.h@morris.net' }, { firstName: 'Ellis', lastName: 'Harvey', email: 'ellivs.h@morris.net' }).flags & conflict).toBe(0);
    // first names a typo apart at one domain stay two colleagues (andrea@ / andreas@)
    expect(nameLevels({ firstName: 'Andrea', email: 'andrea@cook.com' }, { firstName: 'Andreas', lastName: 'Meyer', email: 'andreas@cook.com' }).flags & conflict).toBe(conflict);
    // addresses a typo apart that each spell their own record's surname are two colleagues
    const namesakes = nameLevels({ firstName: 'Julien', lastName: 'Lefèvre', email: 'julien.lefevre@fjordpeak.io' }, { firstName: 'Julien', lastName: 'Lefebvre', email: 'julien.lefebvre@fjordpeak.io' });
    expect(namesakes.flags & conflict).toBe(conflict);
    // addresses equal but for a separator spell one name: each record's typo (Rocíoo, Maartín) is
    // on another part, and neither address vouches against the other
    const separators = nameLevels(
      { firstName: 'Rocío', lastName: 'Maartín', email: 'rocio.martin@bluedeskconsulting.com' },
      { firstName: 'Rocíoo', lastName: 'Martín', email: 'rocio_martin@bluedeskconsulting.com' },
    );
    expect(separators).toMatchObject({ first: 2, last: 2 });
    expect(separators.flags & conflict).toBe(0);
    // addresses that are not a typo apart stay a conflict
    expect(nameLevels({ firstName: 'Evie', email: 'evie@bishop.info' }, { firstName: 'Evie', lastName: 'Davidson', email: 'e.davidson@bishop.info' }).flags & conflict).toBe(conflict);
  });

  /** The level of `field` between two records of one first name, one with `a` in it, the other with `b`. */
  const fieldLevel = (field: 'city' | 'title', a: string, b: string): number => {
    const features = buildFeatures([contact({ firstName: 'Charlotte', [field]: a }), contact({ firstName: 'Charlotte', [field]: b })]);
    const comparer = createRecordComparer(features);
    const levels = new Int8Array(comparer.fields.length);
    comparer.compare(0, 1, levels);
    return levels[comparer.fields.findIndex((candidate) => candidate.name === field)] ?? -1;
  };

  it('grades a city one typo apart as similar', () => {
    const cityLevel = (a: string, b: string): number => fieldLevel('city', a, b);
    expect(cityLevel('Telford', 'Telford')).toBe(2);
    expect(cityLevel('fTelford', 'Telford')).toBe(1);
    expect(cityLevel('Telford', 'Salford')).toBe(0);
  });

  it('grades job titles: one title written two ways agrees, a similar title agrees weakly', () => {
    const titleLevel = (a: string, b: string): number => fieldLevel('title', a, b);
    expect(titleLevel('VP of Sales', 'VP of Sales')).toBe(2);
    expect(titleLevel('Vice President, Sales', 'VP of Sales')).toBe(2);
    expect(titleLevel('Software Engineer', 'Sr. Software Engineer')).toBe(1);
    expect(titleLevel('VP Sales', 'Software Engineer')).toBe(0);
  });

  it('takes a shared address that spells one of two same-initial first names as one person\'s', () => {
    expect(nicknameMailbox(['nicolecollins@outlook.com'], ['nicolecollins@outlook.com'], 'nikki', 'nicole', 3)).toBe(true);
    // a recycled or family address spells neither first name
    expect(nicknameMailbox(['jevans@x.com'], ['jevans@x.com'], 'joshua', 'john', 3)).toBe(false);
    // different initials, or different last names, are two people
    expect(nicknameMailbox(['marysmith@x.com'], ['marysmith@x.com'], 'mary', 'john', 3)).toBe(false);
    expect(nicknameMailbox(['nicolecollins@x.com'], ['nicolecollins@x.com'], 'nikki', 'nicole', 0)).toBe(false);
    const shared = nameLevels({ firstName: 'Nikki', lastName: 'Collins', email: 'nicolecollins@outlook.com' }, { firstName: 'Nicole', lastName: 'Collins', email: 'nicolecollins@outlook.com' });
    expect(shared.flags & (exactEmail | conflict)).toBe(exactEmail);
  });

  it('takes a shared garbled address as full email agreement but never as an exact key', () => {
    const garbled = (address: string) => {
      const record = contact({ firstName: 'Poppy', lastName: 'Fox' });
      record.emails = [{ address, valid: false, role: false, free: false, disposable: false }];
      return record;
    };
    const compareTwo = (a: ReturnType<typeof contact>, b: ReturnType<typeof contact>) => {
      const comparer = createRecordComparer(buildFeatures([a, b]));
      const levels = new Int8Array(comparer.fields.length);
      const flags = comparer.compare(0, 1, levels);
      return { email: levels[comparer.fields.findIndex((field) => field.name === 'email')], exact: (flags & exactEmail) !== 0 };
    };
    for (const address of ['poppy.foxo3@rivera.c6m', 'f@b@reese.com', 'poppy.fox@.rivera.com']) {
      expect(compareTwo(garbled(address), garbled(address))).toEqual({ email: 2, exact: false });
    }
    const valid = () => contact({ firstName: 'Poppy', lastName: 'Fox', email: 'poppy.fox@rivera.com' });
    expect(compareTwo(valid(), valid())).toEqual({ email: 2, exact: true });
  });

  it('treats a first name that the record\'s own address or profile spells like the other\'s as a typo-level agreement', () => {
    expect(spellsOtherName(['ondrej.horak@alpine.cz'], '', 'ondra', 'ondrej')).toBe(true);
    expect(spellsOtherName([], 'christinetaylor1aef7', 'chris', 'christine')).toBe(true);
    // the address spells its own name too: no excuse
    expect(spellsOtherName(['andreas.meyer@x.com'], '', 'andreas', 'andrea')).toBe(false);
    // another initial: a nickname the table does not know (kuba / jakub@), for names of 4+ letters
    expect(spellsOtherName(['jakub.novak@x.cz'], '', 'kuba', 'jakub')).toBe(true);
    expect(spellsOtherName(['pepe.gomez@x.com'], '', 'jose', 'pepe')).toBe(true);
    expect(spellsOtherName(['tim.berg@x.com'], '', 'kim', 'tim')).toBe(false);
    // the other name only inside the record's own surname: Jukka Eriksson's j.eriksson@ does not spell Erik
    expect(spellsOtherName(['j.eriksson@waveelm.no'], '', 'jukka', 'erik', 'eriksson')).toBe(false);
    expect(spellsOtherName(['erik.eriksson@waveelm.no'], '', 'jukka', 'erik', 'eriksson')).toBe(true);
    const colleagues = nameLevels({ firstName: 'Jukka', lastName: 'Eriksson', email: 'j.eriksson@waveelm.no' }, { firstName: 'Erik', lastName: 'Eriksson' });
    expect(colleagues).toMatchObject({ first: 0, last: 3 });
    // a diminutive the nickname table does not know (standa for stanislav), spelled by the record's address
    const garbled = nameLevels({ firstName: 'Standa', lastName: 'Horak', email: 'stanislav.horak@alpine.cz' }, { firstName: 'Stanislav', lastName: 'Horak' });
    expect(garbled).toMatchObject({ first: 2, last: 3 });
    // read past the row's character mask: several addresses (the second spells it), or only a profile
    const several = contact({ firstName: 'Standa', lastName: 'Horak', email: 'oh@alpine.cz' });
    several.emails.push({ address: 'stanislav.horak@alpine.cz', valid: true, role: false, free: false, disposable: false });
    const comparer = createRecordComparer(buildFeatures([several, contact({ firstName: 'Stanislav', lastName: 'Horak' })]));
    const levels = new Int8Array(comparer.fields.length);
    comparer.compare(0, 1, levels);
    expect(levels[comparer.fields.findIndex((field) => field.name === 'firstName')]).toBe(2);
    const profile = nameLevels({ firstName: 'Standa', lastName: 'Horak', linkedinSlug: 'stanislavhorak1aef7' }, { firstName: 'Stanislav', lastName: 'Horak' });
    expect(profile).toMatchObject({ first: 2, last: 3 });
    // one address whose characters cannot spell the other name
    expect(nameLevels({ firstName: 'Standa', lastName: 'Horak', email: 's.horak@alpine.cz' }, { firstName: 'Stanislav', lastName: 'Horak' })).toMatchObject({ first: 1 });
  });

  it('compares a company named on one record with the domain on the other: spelled alike or not', () => {
    const levelsOf = (a: Parameters<typeof contact>[0], b: Parameters<typeof contact>[0]): { company: number; organisation: number } => {
      const comparer = createRecordComparer(buildFeatures([contact(a), contact(b)]));
      const levels = new Int8Array(comparer.fields.length);
      comparer.compare(0, 1, levels);
      const level = (name: string): number => levels[comparer.fields.findIndex((field) => field.name === name)] ?? -2;
      return { company: level('company'), organisation: level('organisation') };
    };
    expect(levelsOf({ firstName: 'Ann', lastName: 'Lee', company: 'White and Scott' }, { firstName: 'Ann', lastName: 'Lee', domain: 'white-and-scott.co.uk' })).toEqual({ company: -1, organisation: 1 });
    expect(levelsOf({ firstName: 'Ann', lastName: 'Lee', domain: 'stoneloop.io' }, { firstName: 'Ann', lastName: 'Lee', company: 'Stoneloop' })).toEqual({ company: -1, organisation: 1 });
    expect(levelsOf({ firstName: 'Ann', lastName: 'Lee', company: 'Deutsche Telekom' }, { firstName: 'Ann', lastName: 'Lee', domain: 'telekom.de' })).toEqual({ company: -1, organisation: 0 });
    // two company names that differ, one of them spelling the other record's domain: the same company
    expect(levelsOf({ firstName: 'Ann', lastName: 'Lee', company: 'Stoneloop', domain: 'stoneloop.io' }, { firstName: 'Ann', lastName: 'Lee', company: 'Stoneloop Labs Group', domain: 'stoneloop.io' }).company).toBe(2);
  });

  it('takes two organisation records at clearly different streets as two sites, unless an identifier is shared', () => {
    const site = (street: string, email?: string): Parameters<typeof contact>[0] => ({ company: 'Mary Crane League', street, phone: '3125551234', ...(email === undefined ? {} : { email }) });
    const levelsOf = (a: Parameters<typeof contact>[0], b: Parameters<typeof contact>[0]): number => {
      const comparer = createRecordComparer(buildFeatures([contact(a), contact(b)]));
      return comparer.compare(0, 1, new Int8Array(comparer.fields.length));
    };
    expect(levelsOf(site('2820 N Leavitt'), site('2905 N Clybourn')) & conflict).toBe(conflict);
    expect(levelsOf(site('2820 N Leavitt'), site('2820 N Leavitt St')) & conflict).toBe(0);
    expect(levelsOf(site('2820 N Leavitt', 'info2@crane.org'), site('2905 N Clybourn', 'info2@crane.org')) & conflict).toBe(0);
    // people at two addresses are not two sites
    expect(levelsOf({ firstName: 'Ann', lastName: 'Lee', street: '2820 N Leavitt' }, { firstName: 'Ann', lastName: 'Lee', street: '2905 N Clybourn' }) & conflict).toBe(0);
  });

  it('takes one site with its street or its house number mistyped as one site only when the two records share a phone', () => {
    const site = (street: string, phone: string): Parameters<typeof contact>[0] => ({ company: 'Mary Crane League', street, phone });
    const flagsOf = (a: Parameters<typeof contact>[0], b: Parameters<typeof contact>[0]): number => {
      const comparer = createRecordComparer(buildFeatures([contact(a), contact(b)]));
      return comparer.compare(0, 1, new Int8Array(comparer.fields.length));
    };
    expect(flagsOf(site('2905 N Leavitt', '3483485528'), site('2905 N Clybourn Avenue', '3483485528')) & conflict).toBe(0);
    // two organisations at one number on two streets (4747 S Marshfield, 4747 S Bishop): two sites
    expect(flagsOf(site('4747 S Marshfield', '3125354600'), site('4747 S Bishop St', '3125354565')) & conflict).toBe(conflict);
    // one street, house numbers a typo apart
    expect(flagsOf(site('6940 S Merrill', '3125350600'), site('6941 S. Merrill Ave', '3125350600')) & conflict).toBe(0);
    // another phone: two sites a door apart
    expect(flagsOf(site('6940 S Merrill', '3125350600'), site('6941 S Merrill', '3125350700')) & conflict).toBe(conflict);
    // numbers more than a typo apart (4865 and 4846 N Sheridan), or a typo apart on two streets: two sites
    expect(flagsOf(site('4865 N Sheridan Rd', '3125342680'), site('4846 N Sheridan', '3125342680')) & conflict).toBe(conflict);
    expect(flagsOf(site('4540 N Campbell', '3125345090'), site('4541 N Hamlin', '3125345090')) & conflict).toBe(conflict);
  });
});
