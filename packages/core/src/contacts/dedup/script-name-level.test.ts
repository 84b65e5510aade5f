import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../contact.js';
import { normalizeContact } from '../normalize/normalize-contact.js';
import { sampleContacts } from './__fixtures__/sample-contacts.js';
import { dedup } from './dedup.js';
import { compareNameLevel, normalizeForMatch } from './field-comparators.js';
import { companyLetters } from './organisation-letters.js';
import { nameKey } from './phonetic-key.js';
import { buildFeatures } from './record-features.js';

const person = (fields: Record<string, string>): ContactRecord =>
  normalizeContact({ fields: Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, [value]])), custom: {} });

function together(records: readonly ContactRecord[], a: number, b: number): boolean {
  return dedup(records).clusters.some((cluster) => cluster.includes(a) && cluster.includes(b));
}

/** One person's name in a script, another person's name in it, and a company named in it. */
const scripts = [
  { script: 'Korean', name: ['민준', '김'], other: ['서연', '이'], company: '삼성전자' },
  { script: 'Chinese', name: ['伟', '王'], other: ['芳', '李'], company: '华为技术' },
  { script: 'Japanese', name: ['太郎', '山田'], other: ['花子', '佐藤'], company: 'トヨタ自動車' },
  { script: 'Russian', name: ['Иван', 'Петров'], other: ['Сергей', 'Смирнов'], company: 'Газпром' },
  { script: 'Greek', name: ['Γιώργος', 'Παπαδόπουλος'], other: ['Νίκος', 'Οικονόμου'], company: 'Κωτσόβολος' },
  { script: 'Arabic', name: ['محمد', 'علي'], other: ['أحمد', 'حسن'], company: 'أرامكو السعودية' },
] as const;

describe('names in other scripts', () => {
  it('keeps the letters of every script, transliterates Cyrillic and Greek, and keeps ASCII as it was', () => {
    expect(normalizeForMatch('김민준')).toBe('김민준');
    expect(normalizeForMatch('山田 太郎')).toBe('山田 太郎');
    expect(normalizeForMatch('Иван Петров')).toBe('ivan petrov');
    expect(normalizeForMatch('Γιώργος Παπαδόπουλος')).toBe('giorgos papadopoulos');
    expect(normalizeForMatch('مُحَمَّد علي')).toBe('محمد علي');
    expect(normalizeForMatch('יִצְחָק')).toBe('יצחק');
    expect(normalizeForMatch('Нұрсұлтан')).toBe('nursultan');
    // a kana with its voicing mark and a Hangul syllable survive decomposition as one character
    expect(normalizeForMatch('ガ')).toBe('ガ');
    expect(normalizeForMatch('ｶﾞｽ')).toBe('ガス');
    expect(normalizeForMatch('  Zoë-Ann  O\'Brien ')).toBe('zoe ann o brien');
    expect(normalizeForMatch('Jørgen Groß')).toBe('jorgen gross');
  });

  it('gives a name outside Latin a blocking code', () => {
    expect(nameKey('robert')).toBe('r163');
    expect(nameKey('민 준')).toBe('민준');
    expect(nameKey('محمد')).toBe('محمد');
    expect(nameKey('123')).toBe('');
  });

  it('keeps a given name typed with a space whole, and spells a company named in another script', () => {
    const features = buildFeatures([person({ firstName: '민 준', lastName: '김' }), person({ firstName: 'Tom C.', lastName: 'Reed' })]);
    expect(features.first).toEqual(['민 준', 'tom']);
    expect(companyLetters('삼성전자')).toBe('삼성전자');
    expect(companyLetters('ab')).toBe('');
  });

  it('takes one syllable apart in a Korean or Chinese name as another name, and a long Arabic name one typo apart as weak agreement', () => {
    expect(compareNameLevel('민준', '민준', true)).toBe(3);
    expect(compareNameLevel('민준', '민주', true)).toBe(0);
    expect(compareNameLevel('김민준', '김민주')).toBe(0);
    expect(compareNameLevel('山田', '山本')).toBe(0);
    // a one-character given name is not the initial of a two-character one
    expect(compareNameLevel('伟', '伟民', true)).toBe(0);
    expect(compareNameLevel('محمد', 'محمود', true)).toBe(0);
    expect(compareNameLevel('عبدالله', 'عبدلله', true)).toBe(1);
    // two scripts: no evidence either way, as if a name were missing
    expect(compareNameLevel('minjun', '민준', true)).toBe(-1);
    expect(compareNameLevel('王伟', 'さくら')).toBe(-1);
    expect(compareNameLevel(normalizeForMatch('Иван'), 'ivan', true)).toBe(3);
    expect(compareNameLevel(normalizeForMatch('Дмитрий'), 'dmitriy', true)).toBe(2);
  });

  it('merges rows sharing an address whose names are written in two scripts, as it did when such names were missing', () => {
    const { records } = sampleContacts();
    const at = records.length;
    records.push(
      person({ firstName: 'Minjun', lastName: 'Kim', email: 'minjun.kim@example-corp.com' }),
      person({ firstName: '민준', lastName: '김', email: 'minjun.kim@example-corp.com' }),
    );
    expect(together(records, at, at + 1)).toBe(true);
  });

  for (const { script, name, other, company } of scripts) {
    it(`merges one ${script} person's rows with different addresses at one company, and keeps a colleague apart`, () => {
      const { records } = sampleContacts();
      const at = records.length;
      records.push(
        person({ firstName: name[0], lastName: name[1], email: 'p.one@example-corp.com', company }),
        person({ firstName: name[0], lastName: name[1], email: 'person.one@gmail.com', company }),
        person({ firstName: other[0], lastName: other[1], email: 'p.two@example-corp.com', company }),
      );
      expect(together(records, at, at + 1)).toBe(true);
      expect(together(records, at, at + 2)).toBe(false);
      expect(together(records, at + 1, at + 2)).toBe(false);
    });

    it(`treats two ${script} names sharing a phone as it treats two Latin names sharing one`, () => {
      const { records } = sampleContacts();
      const at = records.length;
      // a switchboard number, one company, town, title and website: only the names tell them apart
      const shared = { city: 'Busan', title: 'Engineer', website: 'example-corp.com' };
      records.push(
        person({ firstName: name[0], lastName: name[1], phone: '+44 20 7946 0018', company, ...shared }),
        person({ firstName: other[0], lastName: other[1], phone: '+44 20 7946 0018', company, ...shared }),
        person({ firstName: 'Emma', lastName: 'Janssen', phone: '+44 20 7946 0019', company: 'Mollie', ...shared }),
        person({ firstName: 'Liam', lastName: 'Peeters', phone: '+44 20 7946 0019', company: 'Mollie', ...shared }),
      );
      const clusters = dedup(records).clusters;
      const merged = (a: number, b: number): boolean => clusters.some((cluster) => cluster.includes(a) && cluster.includes(b));
      expect(merged(at + 2, at + 3)).toBe(false);
      expect(merged(at, at + 1)).toBe(merged(at + 2, at + 3));
    });
  }
});
