import { describe, expect, it } from 'vitest';
import { neutralizeFormula, restoreFormula } from './neutralize-formula.js';

describe('neutralizeFormula and restoreFormula', () => {
  it('quotes every cell a spreadsheet would run, and leaves the others as they are', () => {
    for (const cell of ['=1+1', '+31 6 1234 5678', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['Ann', '', "'Tis the season", '31 6 1234 5678', 'a=b']) expect(neutralizeFormula(cell)).toBe(cell);
  });

  it('quotes a cell that already starts with a quote before a formula character, so the quote written by the export stays tellable', () => {
    expect(neutralizeFormula("'+1")).toBe("''+1");
    expect(neutralizeFormula("''=x")).toBe("'''=x");
    // `+1` and `'+1` are written differently: each reads back as itself.
    expect(neutralizeFormula('+1')).not.toBe(neutralizeFormula("'+1"));
  });

  it('gives back every cell the export wrote as it was', () => {
    const cells = ['=HYPERLINK("http://evil.example","click")', '+34962179649', '-', '@', "'+1", "''=x", "'Tis", "'", '', 'plain', '--12-25', '\tindented'];
    for (const cell of cells) expect(restoreFormula(neutralizeFormula(cell))).toBe(cell);
  });

  it("leaves a user's own leading quote before anything but a formula character", () => {
    expect(restoreFormula("'Tis")).toBe("'Tis");
    expect(restoreFormula("'")).toBe("'");
    expect(restoreFormula('+31 6')).toBe('+31 6');
  });
});
