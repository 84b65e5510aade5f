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
    ['Martin Luther King Jr', { fullName: 'Martin Luther King', firstName: 'Martin', middleName: 'Luther', lastName: 'King', nameSuffix: 'Jr.' }],
    ['', {}],
    ['   ', {}],
  ])('%j', (raw, expected) => {
    expect(normalizeName(raw)).toEqual(expected);
  });

  const namePart = fc.constantFrom('jane', 'JOHN', 'McDonald', "o'brien", 'van', 'der', 'Berg', 'de', 'la', 'Cruz', 'Dr.', 'Jr.', 'PhD', 'Mary-Jane', 'NOVÁK', 'Q.');

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
