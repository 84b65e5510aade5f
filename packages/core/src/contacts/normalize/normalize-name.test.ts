import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize-name.js';

describe('normalizeName', () => {
  it.each([
    ['Jane Doe', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
    ['  Jane   Doe  ', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
    ['Doe, Jane', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
    ['Doe, Jane Quinn', { fullName: 'Jane Quinn Doe', firstName: 'Jane', middleName: 'Quinn', lastName: 'Doe' }],
    [
      'Dr. Jane Q. Doe, PhD',
      { fullName: 'Jane Q. Doe', firstName: 'Jane', middleName: 'Q.', lastName: 'Doe', honorific: 'Dr', nameSuffix: 'PhD' },
    ],
    ['Mr John Smith Jr.', { fullName: 'John Smith', firstName: 'John', lastName: 'Smith', honorific: 'Mr', nameSuffix: 'Jr.' }],
    ['John Smith III, MBA', { fullName: 'John Smith', firstName: 'John', lastName: 'Smith', nameSuffix: 'III MBA' }],
    ['Sarah Connor, CPA', { fullName: 'Sarah Connor', firstName: 'Sarah', lastName: 'Connor', nameSuffix: 'CPA' }],
    ['Prof. Dr. Hans Müller', { fullName: 'Hans Müller', firstName: 'Hans', lastName: 'Müller', honorific: 'Prof Dr' }],
    // A German doctorate's faculty is part of the title; without its dot, `Phil` is a first name.
    ['Dr. med. Hans-Peter Schäfer', { fullName: 'Hans-Peter Schäfer', firstName: 'Hans-Peter', lastName: 'Schäfer', honorific: 'Dr. med.' }],
    ['Prof. Dr. rer. nat. Eva Lang', { fullName: 'Eva Lang', firstName: 'Eva', lastName: 'Lang', honorific: 'Prof Dr. rer. nat.' }],
    ['Dr.-Ing. Karl Benz', { fullName: 'Karl Benz', firstName: 'Karl', lastName: 'Benz', honorific: 'Dr.-Ing.' }],
    ['Schäfer, Dr. med. Hans', { fullName: 'Hans Schäfer', firstName: 'Hans', lastName: 'Schäfer', honorific: 'Dr. med.' }],
    ['Dr. Phil McGraw', { fullName: 'Phil McGraw', firstName: 'Phil', lastName: 'McGraw', honorific: 'Dr' }],
    ['Herr Hans Müller', { fullName: 'Hans Müller', firstName: 'Hans', lastName: 'Müller', honorific: 'Herr' }],
    ['Frau Anna Schmidt', { fullName: 'Anna Schmidt', firstName: 'Anna', lastName: 'Schmidt', honorific: 'Frau' }],
    [
      'Ing. Mgr. Jan Novák, Ph.D.',
      { fullName: 'Jan Novák', firstName: 'Jan', lastName: 'Novák', honorific: 'Ing. Mgr.', nameSuffix: 'PhD' },
    ],
    ['Bc. Petra Nová', { fullName: 'Petra Nová', firstName: 'Petra', lastName: 'Nová', honorific: 'Bc.' }],
    ['Novák, Jan, Ph.D.', { fullName: 'Jan Novák', firstName: 'Jan', lastName: 'Novák', nameSuffix: 'PhD' }],
    ['JOHN MCDONALD', { fullName: 'John McDonald', firstName: 'John', lastName: 'McDonald' }],
    ['MCDONALD, RONALD', { fullName: 'Ronald McDonald', firstName: 'Ronald', lastName: 'McDonald' }],
    ["conor o'brien", { fullName: "Conor O'Brien", firstName: 'Conor', lastName: "O'Brien" }],
    ['JAN VAN DER BERG', { fullName: 'Jan van der Berg', firstName: 'Jan', lastName: 'van der Berg' }],
    ['maria de la cruz', { fullName: 'Maria de la Cruz', firstName: 'Maria', lastName: 'de la Cruz' }],
    ['Mary St Clair', { fullName: 'Mary St Clair', firstName: 'Mary', lastName: 'St Clair' }],
    ['JOHN ST. JOHN', { fullName: 'John St. John', firstName: 'John', lastName: 'St. John' }],
    ['Ludwig van Beethoven', { fullName: 'Ludwig van Beethoven', firstName: 'Ludwig', lastName: 'van Beethoven' }],
    ['mary-jane watson', { fullName: 'Mary-Jane Watson', firstName: 'Mary-Jane', lastName: 'Watson' }],
    ['ALISTAIR MACDONALD', { fullName: 'Alistair MacDonald', firstName: 'Alistair', lastName: 'MacDonald' }],
    ['JAMES MACK', { fullName: 'James Mack', firstName: 'James', lastName: 'Mack' }],
    ['Jean-Luc McKenzie', { fullName: 'Jean-Luc McKenzie', firstName: 'Jean-Luc', lastName: 'McKenzie' }],
    ['Mary-Jane WATSON', { fullName: 'Mary-Jane WATSON', firstName: 'Mary-Jane', lastName: 'WATSON' }],
    ['Thanh LE', { fullName: 'Thanh LE', firstName: 'Thanh', lastName: 'LE' }],
    ['thanh le', { fullName: 'Thanh Le', firstName: 'Thanh', lastName: 'Le' }],
    ['Robert "Bob" Smith', { fullName: 'Robert Smith', firstName: 'Robert', lastName: 'Smith', nickname: 'Bob' }],
    ['Robert (Bob) Smith 🚀', { fullName: 'Robert Smith', firstName: 'Robert', lastName: 'Smith', nickname: 'Bob' }],
    ['"Jane Doe"', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
    ['Jane Doe (she/her)', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
    ['Jane Doe | Head of Sales', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
    ['👋 Jane Doe ✨', { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
    ['Madonna', { fullName: 'Madonna', firstName: 'Madonna' }],
    // Family name first where the order is reliable; fullName keeps the written order.
    ['김민준', { fullName: '김민준', firstName: '민준', lastName: '김' }],
    ['남궁민수', { fullName: '남궁민수', firstName: '민수', lastName: '남궁' }],
    ['김 민준', { fullName: '김 민준', firstName: '민준', lastName: '김' }],
    ['山田 太郎', { fullName: '山田 太郎', firstName: '太郎', lastName: '山田' }],
    ['王 小明', { fullName: '王 小明', firstName: '小明', lastName: '王' }],
    // A Chinese name in Han script without a space: a compound family name, else the first character.
    ['王小明', { fullName: '王小明', firstName: '小明', lastName: '王' }],
    ['李娜', { fullName: '李娜', firstName: '娜', lastName: '李' }],
    ['欧阳娜娜', { fullName: '欧阳娜娜', firstName: '娜娜', lastName: '欧阳' }],
    ['歐陽娜娜', { fullName: '歐陽娜娜', firstName: '娜娜', lastName: '歐陽' }],
    ['司马光', { fullName: '司马光', firstName: '光', lastName: '司马' }],
    ['諸葛亮', { fullName: '諸葛亮', firstName: '亮', lastName: '諸葛' }],
    // Four characters with a one-character family name would leave a three-character given name,
    // which Chinese names do not have: a Japanese name (山田 / 太郎), kept whole.
    ['山田太郎', { fullName: '山田太郎' }],
    // 々 repeats a character in Japanese names only; one character or five and more are no such name.
    ['佐々木希', { fullName: '佐々木希' }],
    ['王', { fullName: '王' }],
    ['爱新觉罗溥仪', { fullName: '爱新觉罗溥仪' }],
    ['Nguyễn Văn An', { fullName: 'Nguyễn Văn An', firstName: 'An', middleName: 'Văn', lastName: 'Nguyễn' }],
    ['Nguyễn An', { fullName: 'Nguyễn An', firstName: 'An', lastName: 'Nguyễn' }],
    ['NGUYEN VAN AN', { fullName: 'Nguyen Van An', firstName: 'An', middleName: 'Van', lastName: 'Nguyen' }],
    ['Mr Lê Thị Hồng Nhung', { fullName: 'Lê Thị Hồng Nhung', firstName: 'Nhung', middleName: 'Thị Hồng', lastName: 'Lê', honorific: 'Mr' }],
    // Western names sharing a word with a Vietnamese family name, and the given-first order used abroad.
    ['Jean Le Pen', { fullName: 'Jean Le Pen', firstName: 'Jean', lastName: 'Le Pen' }],
    ['Le Pen Marine', { fullName: 'Le Pen Marine', firstName: 'Le', middleName: 'Pen', lastName: 'Marine' }],
    ['An Nguyen', { fullName: 'An Nguyen', firstName: 'An', lastName: 'Nguyen' }],
    ['Nguyễn, An', { fullName: 'An Nguyễn', firstName: 'An', lastName: 'Nguyễn' }],
    ['Maria do Carmo', { fullName: 'Maria do Carmo', firstName: 'Maria', lastName: 'do Carmo' }],
    ['ジョン スミス', { fullName: 'ジョン スミス', firstName: 'ジョン', lastName: 'スミス' }],
    ['Martin Luther King Jr', { fullName: 'Martin Luther King', firstName: 'Martin', middleName: 'Luther', lastName: 'King', nameSuffix: 'Jr.' }],
    ['', {}],
    ['   ', {}],
  ])('%j', (raw, expected) => {
    expect(normalizeName(raw)).toEqual(expected);
  });

  const namePart = fc.constantFrom('jane', 'JOHN', 'McDonald', "o'brien", 'van', 'der', 'Berg', 'de', 'la', 'Cruz', 'Dr.', 'Jr.', 'PhD', 'Mary-Jane', 'NOVÁK', 'Q.', 'Nguyễn', 'LE', 'thi', '김민준', '山田');

  it('keeps a Han name without a space whole when the row looks Japanese: a Japanese family name has one to three characters', () => {
    expect(normalizeName('田中翔', { japanese: true })).toEqual({ fullName: '田中翔' });
    expect(normalizeName('田中翔')).toEqual({ fullName: '田中翔', firstName: '中翔', lastName: '田' });
    // With a space, or in Hangul, the order is known either way.
    expect(normalizeName('田中 翔', { japanese: true })).toEqual({ fullName: '田中 翔', firstName: '翔', lastName: '田中' });
    expect(normalizeName('김민준', { japanese: true })).toEqual({ fullName: '김민준', firstName: '민준', lastName: '김' });
  });

  it('is idempotent on fullName and never throws', () => {
    fc.assert(
      fc.property(fc.array(namePart, { minLength: 1, maxLength: 5 }), fc.boolean(), (parts, comma) => {
        const raw = comma && parts.length > 1 ? `${parts[0] ?? ''}, ${parts.slice(1).join(' ')}` : parts.join(' ');
        const once = normalizeName(raw);
        if (once.fullName === undefined) return;
        const twice = normalizeName(once.fullName);
        expect(normalizeName(twice.fullName ?? '').fullName).toBe(twice.fullName);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        expect(() => normalizeName(raw)).not.toThrow();
      }),
    );
  });
});
