import { describe, expect, it } from 'vitest';
import { normalizeNameParts } from './normalize-name-parts.js';

describe('normalizeNameParts', () => {
  it.each([
    [{ firstName: 'Jane', lastName: 'Doe' }, { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' }],
    [{ firstName: 'JANE', lastName: 'VAN DER BERG' }, { fullName: 'Jane van der Berg', firstName: 'Jane', lastName: 'van der Berg' }],
    [{ firstName: 'jane', middleName: 'q', lastName: "o'brien" }, { fullName: "Jane Q O'Brien", firstName: 'Jane', middleName: 'Q', lastName: "O'Brien" }],
    [{ firstName: 'Dr. Jane', lastName: 'Doe' }, { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', honorific: 'Dr' }],
    [{ firstName: 'Jan', lastName: 'Novák, Ph.D.' }, { fullName: 'Jan Novák', firstName: 'Jan', lastName: 'Novák', nameSuffix: 'PhD' }],
    [{ firstName: 'John', lastName: 'Smith Jr' }, { fullName: 'John Smith', firstName: 'John', lastName: 'Smith', nameSuffix: 'Jr.' }],
    [{ firstName: 'John', lastName: 'Smith', nameSuffix: 'jr' }, { fullName: 'John Smith', firstName: 'John', lastName: 'Smith', nameSuffix: 'Jr.' }],
    [{ firstName: 'Hans', lastName: 'Müller', honorific: 'dr.' }, { fullName: 'Hans Müller', firstName: 'Hans', lastName: 'Müller', honorific: 'Dr' }],
    [{ firstName: 'Robert (Bob)', lastName: 'Smith 🙂' }, { fullName: 'Robert Smith', firstName: 'Robert', lastName: 'Smith', nickname: 'Bob' }],
    [{ firstName: 'Jane' }, { fullName: 'Jane', firstName: 'Jane' }],
    [{ lastName: 'Doe' }, { fullName: 'Doe', lastName: 'Doe' }],
    [{ firstName: 'Dr' }, { fullName: 'Dr', firstName: 'Dr' }],
    // A title in the first-name cell moves out even when the honorific column has one (German Excel: Anrede "Frau").
    [{ honorific: 'Frau', firstName: 'Dr. Anne-Kathrin', lastName: 'Weiß' }, { fullName: 'Anne-Kathrin Weiß', firstName: 'Anne-Kathrin', lastName: 'Weiß', honorific: 'Frau Dr' }],
    [{ honorific: 'Dr.', firstName: 'Dr. Anne', lastName: 'Weiß' }, { fullName: 'Anne Weiß', firstName: 'Anne', lastName: 'Weiß', honorific: 'Dr' }],
    // A German doctorate keeps its faculty, in the honorific column (as the export writes it) and in the first-name cell.
    [{ honorific: 'Dr. med.', firstName: 'Hans', lastName: 'Schäfer' }, { fullName: 'Hans Schäfer', firstName: 'Hans', lastName: 'Schäfer', honorific: 'Dr. med.' }],
    [{ firstName: 'Dr. rer. nat. Eva', lastName: 'Lang' }, { fullName: 'Eva Lang', firstName: 'Eva', lastName: 'Lang', honorific: 'Dr. rer. nat.' }],
    // Separate columns are kept as given; an East Asian name is written family name first.
    [{ firstName: '太郎', lastName: '山田' }, { fullName: '山田 太郎', firstName: '太郎', lastName: '山田' }],
    [{ firstName: 'An', lastName: 'Nguyễn' }, { fullName: 'An Nguyễn', firstName: 'An', lastName: 'Nguyễn' }],
    [{}, {}],
  ])('%j', (parts, expected) => {
    expect(normalizeNameParts(parts)).toEqual(expected);
  });
});
