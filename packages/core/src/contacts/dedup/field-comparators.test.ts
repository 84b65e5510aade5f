import { describe, expect, it } from 'vitest';
import {
  compareAddressLevel,
  compareCityLevel,
  compareCompanyLevel,
  compareDateLevel,
  compareEmailLevel,
  compareIdLevel,
  compareNameLevel,
  comparePhoneLevel,
  comparePostcodeLevel,
  compareTextLevel,
  dayNumber,
  houseNumberTypo,
  normalizeForMatch,
  tokenSetSimilarity,
} from './field-comparators.js';
import { phoneticKey } from './phonetic-key.js';
import { withinOneEdit } from './edit-distance.js';

describe('field comparators', () => {
  it('normalizes for matching', () => {
    expect(normalizeForMatch("  Zoë-Ann  O'Brien ")).toBe('zoe ann o brien');
  });

  it('grades names, with nicknames and initials', () => {
    expect(compareNameLevel('robert', 'robert')).toBe(3);
    expect(compareNameLevel('bob', 'robert', true)).toBe(3);
    expect(compareNameLevel('bob', 'robert')).toBe(0);
    // diminutives of other languages than English: Czech, German, Spanish, Dutch, Nordic
    for (const [nickname, name] of [['honza', 'jan'], ['hans', 'johannes'], ['pepe', 'jose'], ['wim', 'willem'], ['stina', 'kristina'], ['nikki', 'nicole']]) {
      expect(compareNameLevel(nickname ?? '', name ?? '', true)).toBe(3);
    }
    expect(compareNameLevel('martha', 'marhta')).toBe(2);
    expect(compareNameLevel('dwayne', 'duane')).toBe(1);
    expect(compareNameLevel('j', 'john')).toBe(1);
    expect(compareNameLevel('smith', 'jones')).toBe(0);
  });

  it('grades one typo in a name of 4+ letters as close, even where Jaro-Winkler is lower', () => {
    expect(compareNameLevel('hrarry', 'harry')).toBe(2);
    expect(compareNameLevel('ellit', 'ellis')).toBe(2);
    // three letters: one edit is a third of the name
    expect(compareNameLevel('ann', 'dan')).toBe(0);
  });

  it('grades company names alike only when one name\'s words all appear in the other', () => {
    expect(compareCompanyLevel('abraham lincoln centre', 'abraham lincoln center')).toBe(1);
    expect(compareCompanyLevel('childrens place family center', 'childrens place association family center')).toBe(1);
    // two sites of one organisation: a long shared prefix, a different word on each side
    expect(compareCompanyLevel('mary crane center west', 'mary crane center north')).toBe(0);
    expect(compareCompanyLevel('hull house association fcch emily jenkins', 'hull house association fcch edith collins')).toBe(0);
    expect(compareCompanyLevel('acme', 'globex')).toBe(0);
  });

  it('grades the same letters in another order as a weak agreement', () => {
    expect(compareNameLevel('etnah', 'ethan')).toBe(1);
    expect(compareNameLevel('fosia', 'sofia')).toBe(1);
    expect(compareNameLevel('leon', 'noel')).toBe(1);
    expect(compareNameLevel('lena', 'nora')).toBe(0);
  });

  it('grades a date a few days off whose year has one digit mistyped as within a year', () => {
    // 1974 for 1984 and two days off; 2012 for 2022 and 27 days off (across a year end too)
    expect(compareDateLevel('19741005', '19841003')).toBe(2);
    expect(compareDateLevel('20220202', '20120106')).toBe(2);
    expect(compareDateLevel('20121230', '20020105')).toBe(2);
    // two year digits mistyped, or the day and month 33 days off: ten years apart stays weak
    expect(compareDateLevel('19741005', '19631003')).toBe(0);
    expect(compareDateLevel('20030423', '20130321')).toBe(1);
  });

  it('grades a city garbled into mostly the same letters as similar', () => {
    expect(compareCityLevel('donln', 'london')).toBe(1);
    expect(compareCityLevel('rndesland', 'sunderland')).toBe(1);
    expect(compareCityLevel('liorpovl', 'liverpool')).toBe(1);
    // different towns sharing letters, and short names
    expect(compareCityLevel('bradford', 'stafford')).toBe(0);
    expect(compareCityLevel('lancaster', 'leicester')).toBe(0);
    expect(compareCityLevel('york', 'kory')).toBe(0);
  });

  it('ignores a space typed into a name', () => {
    expect(compareNameLevel('mary ann', 'maryann')).toBe(3);
    expect(compareNameLevel('t ah', 'thea')).toBe(1);
    expect(compareNameLevel('a ma', 'adam')).toBe(1);
    expect(compareNameLevel('hn yr', 'henry')).toBe(1);
    expect(compareNameLevel('t ah', 'tom')).toBe(0);
  });

  it('grades a 3-letter name in another order as a weak agreement', () => {
    expect(compareNameLevel('oel', 'leo')).toBe(1);
    expect(compareNameLevel('leo', 'lea')).toBe(1);
    expect(compareNameLevel('ian', 'ann')).toBe(0);
  });

  it('grades a short name whose letters all appear in a name one letter longer as a weak agreement', () => {
    expect(compareNameLevel('llh', 'hill')).toBe(1);
    expect(compareNameLevel('ayn', 'ryan')).toBe(1);
    expect(compareNameLevel('leb', 'bell')).toBe(1);
    // one letter missing from the other, or two letters short
    expect(compareNameLevel('liz', 'bell')).toBe(0);
    expect(compareNameLevel('lla', 'hall')).toBe(1);
    expect(compareNameLevel('abe', 'bell')).toBe(0);
    // two letters: only with the initial kept
    expect(compareNameLevel('iy', 'ivy')).toBe(1);
    expect(compareNameLevel('ya', 'kay')).toBe(0);
    expect(compareNameLevel('iy', 'ivan')).toBe(0);
  });

  it('grades cities alike by Jaro-Winkler or one typo', () => {
    expect(compareCityLevel('ftelford', 'telford')).toBe(1);
    expect(compareCityLevel('londno', 'london')).toBe(1);
    expect(compareCityLevel('leeds', 'leicester')).toBe(0);
    expect(compareCityLevel('york', 'cork')).toBe(1);
    expect(compareCityLevel('bath', 'hull')).toBe(0);
  });

  it('writes letters NFD does not decompose in plain Latin', () => {
    expect(normalizeForMatch('Jørgen Groß-Yılmaz')).toBe('jorgen gross yilmaz');
    expect(normalizeForMatch('Łukasz Æbelø')).toBe('lukasz aebelo');
  });

  it('grades a given name shortened to its first letters as close', () => {
    expect(compareNameLevel('isa', 'isabel', true)).toBe(2);
    expect(compareNameLevel('christine', 'chris', true)).toBe(2);
    expect(compareNameLevel('jo', 'john', true)).toBe(1);
  });

  it('grades a name garbled into mostly the same letters as a weak agreement', () => {
    expect(compareNameLevel('nleaeor', 'elanor')).toBe(1);
    expect(compareNameLevel('lconamd', 'mcdonald')).toBe(1);
    expect(compareNameLevel('orbw', 'brown')).toBe(1);
    // different names share fewer letters, or differ too much in length
    expect(compareNameLevel('mark', 'maria')).toBe(1);
    expect(compareNameLevel('peter', 'petra')).toBe(1);
    expect(compareNameLevel('emma', 'amelia')).toBe(0);
  });

  it('grades emails', () => {
    expect(compareEmailLevel(['a.b@x.com'], ['c@y.com', 'a.b@x.com'])).toBe(2);
    expect(compareEmailLevel(['anna@x.com'], ['anna@gmail.com'])).toBe(1);
    expect(compareEmailLevel(['anna.meyer@x.com'], ['anna.meyre@x.com'])).toBe(1);
    expect(compareEmailLevel(['anna@x.com'], ['boris@y.com'])).toBe(0);
  });

  it('grades addresses by token sets', () => {
    expect(compareAddressLevel(['12', 'main', 'street'], ['main', 'street', '12'])).toBe(3);
    expect(tokenSetSimilarity(['12', 'main', 'street'], ['12', 'main', 'stret'])).toBe(1);
    expect(compareAddressLevel(['12', 'main', 'street'], ['12', 'main', 'street', 'apt', '4'])).toBe(2);
    expect(compareAddressLevel(['12', 'main', 'street'], ['99', 'oak', 'avenue'])).toBe(0);
  });

  it('grades two house numbers on one street as different addresses', () => {
    expect(compareAddressLevel(['4340', 's', 'lamon'], ['4640', 's', 'lamon'])).toBe(0);
    expect(compareAddressLevel(['1800', 'n', 'humboldt'], ['1800', 'n', 'humboldt', 'blvd'])).toBe(2);
    // a number on one side only says nothing about the other
    expect(compareAddressLevel(['main', 'street'], ['12', 'main', 'street'])).toBeGreaterThan(0);
  });

  it('grades one house number on two streets as different addresses, however each street is written', () => {
    expect(compareAddressLevel(['4747', 's', 'marshfield'], ['4747', 's', 'winchester'])).toBe(0);
    expect(compareAddressLevel(['1701', 'w', '53rd', 'avenue'], ['1701', 'w', '63rd', 'st'])).toBe(0);
    // one street written apart, shortened or with its ordinal suffix mistyped
    expect(compareAddressLevel(['1900', 'w', 'vanburen'], ['1900', 'w', 'van', 'buren', 'st'])).toBeGreaterThan(0);
    expect(compareAddressLevel(['8128', 's', 'dr', 'martin', 'luther', 'king', 'dr'], ['8128', 's', 'king', 'drive'])).toBeGreaterThan(0);
    expect(compareAddressLevel(['1', 'e', '113thk', 'st'], ['1', 'e', '113th', 'st'])).toBeGreaterThan(0);
  });

  it('takes a street named by a direction (North Avenue) as a street, not as no street', () => {
    expect(compareAddressLevel(['100', 'w', 'north', 'ave'], ['100', 'w', 'division', 'ave'])).toBe(0);
    expect(compareAddressLevel(['100', 'w', 'north', 'ave'], ['100', 'west', 'north', 'avenue'])).toBeGreaterThan(0);
  });

  it('finds house numbers a typo apart on one named street', () => {
    expect(houseNumberTypo(['6940', 's', 'merrill'], ['6941', 's', 'merrill', 'ave'])).toBe(true);
    expect(houseNumberTypo(['1124', 'w', 'ainslie', 'st'], ['1134', 'w', 'ainslie'])).toBe(true);
    expect(houseNumberTypo(['2820', 'w', 'north', 'ave'], ['2821', 'north', 'avenue'])).toBe(true);
    // one number, numbers more than a typo apart, or two streets
    expect(houseNumberTypo(['6940', 's', 'merrill'], ['6940', 's', 'merrill'])).toBe(false);
    expect(houseNumberTypo(['4865', 'n', 'sheridan'], ['4846', 'n', 'sheridan'])).toBe(false);
    expect(houseNumberTypo(['4540', 'n', 'campbell'], ['4541', 'n', 'hamlin'])).toBe(false);
    // a street named on one side only, or a number on one side only
    expect(houseNumberTypo(['6940', 's'], ['6941', 's', 'merrill'])).toBe(false);
    expect(houseNumberTypo(['s', 'merrill'], ['6941', 's', 'merrill'])).toBe(false);
  });

  it('grades postcodes, dates, ids, phones and text', () => {
    expect(comparePostcodeLevel('10115', '10115')).toBe(2);
    expect(comparePostcodeLevel('10115', '10116')).toBe(1);
    expect(comparePostcodeLevel('10115', '80331')).toBe(0);
    expect(compareDateLevel('19800304', '19800304')).toBe(5);
    // day and month swapped, one digit off, one month typed as 13: typos
    expect(compareDateLevel('19800304', '19800403')).toBe(4);
    expect(compareDateLevel('19800304', '19810304')).toBe(4);
    expect(compareDateLevel('19800304', '19801304')).toBe(4);
    // 16 days apart; 1999-12-31 and 2000-01-01 one day apart across a year
    expect(compareDateLevel('19800304', '19800320')).toBe(3);
    expect(compareDateLevel('19991231', '20000101')).toBe(3);
    // 1980 is a leap year: 1980-03-04 to 1981-03-05 is 366 days, to 1980-05-01 58 days
    expect(compareDateLevel('19800304', '19810305')).toBe(2);
    expect(compareDateLevel('19800304', '19800501')).toBe(2);
    expect(compareDateLevel('19800304', '19810706')).toBe(1);
    expect(compareDateLevel('19800304', '19890101')).toBe(1);
    expect(compareDateLevel('19800304', '20011230')).toBe(0);
    // not a calendar date and not a typo of the other
    expect(compareDateLevel('19800304', '19801399')).toBe(0);
    expect(dayNumber('19700101')).toBe(0);
    expect(dayNumber('19691231')).toBe(-1);
    expect(dayNumber('20000229')).toBe(11_016);
    // the day of one date in another date's year
    expect(dayNumber('19840229', '20001231')).toBe(11_016);
    expect(dayNumber('19840229', '2000')).toBeNaN();
    expect(dayNumber('20000301')).toBe(11_017);
    expect(dayNumber('19700001')).toBeNaN();
    expect(dayNumber('1970-01-01')).toBeNaN();
    expect(compareIdLevel('6988048', '6988048')).toBe(2);
    expect(compareIdLevel('6988048', '6988084')).toBe(1);
    expect(compareIdLevel('6988048', '1234567')).toBe(0);
    expect(comparePhoneLevel('4930123456', '4930123456')).toBe(2);
    expect(comparePhoneLevel('4930123456', '4930123457')).toBe(1);
    expect(compareTextLevel('acme corp', 'acme corp', ['acme', 'corp'], ['acme', 'corp'])).toBe(2);
    expect(compareTextLevel('acme corporation', 'acme corporatoin', ['acme', 'corporation'], ['acme', 'corporatoin'])).toBe(1);
  });

  it('computes edit and phonetic helpers', () => {
    expect(withinOneEdit('abcd', 'abdc')).toBe(true);
    expect(withinOneEdit('abcd', 'abd')).toBe(true);
    expect(withinOneEdit('abcd', 'axcy')).toBe(false);
    expect(phoneticKey('robert')).toBe('r163');
    expect(phoneticKey('rupert')).toBe('r163');
    expect(phoneticKey('ashcraft')).toBe('a261');
    expect(phoneticKey('tymczak')).toBe('t522');
  });
});

describe('compareEmailLevel: numbered aliases', () => {
  it('does not call two addresses that differ only in a digit similar', () => {
    expect(compareEmailLevel(['cschulz84@umbrella.com'], ['cschulz86@umbrella.com'])).toBe(0);
    expect(compareEmailLevel(['cschulz@umbrella.com'], ['cshulz@umbrella.com'])).toBe(1);
  });

  it('grades two addresses garbled alike in both local part and domain as similar', () => {
    expect(compareEmailLevel(['samuelcampbell35@hebert.com'], ['samuelcampbell35@hebe3r.com'], false)).toBe(1);
    expect(compareEmailLevel(['icampbell@allen-lewis.org'], ['ic-mpbell@allealewis.org'], false)).toBe(1);
    // a local part spelled from the name, at an unrelated domain: namesakes, not one address
    expect(compareEmailLevel(['katherine.johnson@emberpay.com'], ['katherine.johnson@martincloud.com'], false)).toBe(0);
  });

  it('grades addresses equal but for the separators of their local parts as similar, at one domain only', () => {
    // several separators swapped: more than one edit, and too short for Jaro-Winkler to call them alike
    expect(compareEmailLevel(['ana.de.la.o@x.com'], ['ana_de_la_o@x.com'], false)).toBe(1);
    expect(compareEmailLevel(['li.na.wu@x.com'], ['li-na-wu@x.com'], false)).toBe(1);
    expect(compareEmailLevel(['li.na.wu@x.com'], ['li_na_wu@y.com'], false)).toBe(0);
  });

  it('ignores a shared local part at another domain when asked to', () => {
    expect(compareEmailLevel(['jan.novak@acme.com'], ['jan.novak@gmail.com'])).toBe(1);
    expect(compareEmailLevel(['jan.novak@acme.com'], ['jan.novak@gmail.com'], false)).toBe(0);
  });
});
