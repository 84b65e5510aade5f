import type { ImportReport } from '@compound/core';
import { describe, expect, it } from 'vitest';
import { formatImportReport } from './format-import-report.js';

const report: ImportReport = {
  importId: 'import-1',
  file: 'contacts.csv',
  format: 'unknown',
  encoding: 'utf-8',
  delimiter: ',',
  rows: 700,
  blankRows: 0,
  blankRowRanges: [],
  imported: 700,
  unique: 624,
  duplicatesMerged: 76,
  mergedIntoExisting: 0,
  unchangedRows: 0,
  newContacts: 624,
  rejected: [],
  icpMatches: 352,
  // Wilson 95% of 352 / 624.
  icpMatchInterval: { low: 0.52492, high: 0.6025 },
  playbookVersion: 1,
  mapping: { Email: { field: 'email', confidence: 1 } },
  insights: [],
  issues: [],
  issueCount: 0,
  issueGroups: [],
  issueKinds: 0,
  warnings: [],
  companiesCreated: 0,
  companiesLinked: 0,
  contactsTotal: 624,
  dedup: { candidatePairs: 0, pairsPerRecord: 0, matchedPairs: 0 },
  ms: 0,
};

describe('formatImportReport', () => {
  it('lists value problems alike once, with their count and the first of them', () => {
    const noCountry = 'no country code and no country for this row: add a Country column or pass --country CC';
    const groups = [
      { field: 'phone', reason: noCountry, count: 37, example: { row: 35, value: '020 79 460 134' } },
      { field: 'notes', reason: 'looks like a spreadsheet formula', count: 1, example: { row: 58, value: '=1+2' } },
      ...Array.from({ length: 5 }, (_, index) => ({ field: 'email', reason: `reason ${index}`, count: 1, example: { row: 100 + index, value: 'x' } })),
    ];
    const text = formatImportReport({ ...report, issueCount: 43, issueGroups: groups, issueKinds: groups.length });
    expect(text).toContain(
      [
        'Values that need a look (43; their rows were imported):',
        `  37 × phone: ${noCountry} (first: row 35, "020 79 460 134")`,
        '  row 58, notes "=1+2": looks like a spreadsheet formula',
        '  row 100, email "x": reason 0',
        '  row 101, email "x": reason 1',
        '  row 102, email "x": reason 2',
        '  … and 2 more of 2 other kinds (--json: issueGroups, and the first 100 in issues)',
      ].join('\n'),
    );
  });

  it('shows the ICP-match share with its interval and its n', () => {
    expect(formatImportReport(report)).toContain('\n  352 match your ICP: 56% [52–60%] of 624 unique contacts (playbook v1)\n');
  });

  it('says once what the bracketed ranges are, and only when one is shown', () => {
    const legend = '\n  [low–high%] is the 95% interval of the share before it (Wilson), given its n\n';
    expect(formatImportReport(report)).toContain(legend);
    const insight = { kind: 'email-gap', text: '34% [30–39%] of your ICP matches (n=121 of 352) are at companies with 501–1,000 employees', n: 352, count: 121, share: 0.34, interval: { low: 0.3, high: 0.39 } };
    const both = formatImportReport({ ...report, insights: [insight] as ImportReport['insights'] });
    expect(both.split(legend)).toHaveLength(2);
    expect(both.indexOf(legend)).toBeGreaterThan(both.indexOf('Insights:'));
    expect(formatImportReport({ ...report, icpMatches: 0, icpMatchInterval: null, playbookVersion: null })).not.toContain('95% interval');
  });

  it('lists blank rows by runs of row numbers, and says when more runs than listed', () => {
    expect(formatImportReport(report)).not.toContain('blank');
    const ranges: Array<[number, number]> = Array.from({ length: 10 }, (_, index) => [10 * index + 1, 10 * index + 2]);
    const text = formatImportReport({ ...report, blankRows: 23, blankRowRanges: ranges });
    expect(text).toContain('\n  23 blank rows skipped (rows 1–2, 11–12, 21–22, 31–32, 41–42, 51–52, 61–62, 71–72, 81–82, 91–92, …)\n');
  });

  it('says plainly when the file had no data rows', () => {
    const none = { ...report, rows: 0, imported: 0, unique: 0, icpMatches: 0, icpMatchInterval: null };
    expect(formatImportReport(none)).toContain('\n  The file has a header but no data rows: nothing imported.\n');
    expect(formatImportReport({ ...none, blankRows: 2, blankRowRanges: [[1, 2]] })).toContain('\n  The file has a header but no data rows (only blank ones): nothing imported.\n');
    expect(formatImportReport(report)).not.toContain('no data rows');
  });

  it('says how many rows were imported before as they are, and only when some were', () => {
    expect(formatImportReport(report)).not.toContain('imported before');
    const again = formatImportReport({ ...report, mergedIntoExisting: 624, unchangedRows: report.imported });
    expect(again).toContain(`\n  624 of them were already in your workspace\n  ${report.imported} rows were imported before exactly as they are: linked to their contacts, left unchanged\n`);
    expect(formatImportReport({ ...report, mergedIntoExisting: 624, unchangedRows: 10 })).toContain('\n  624 of them were already in your workspace and were merged into the existing contacts\n  10 rows were imported before');
    expect(formatImportReport({ ...report, unchangedRows: 1 })).toContain('\n  1 row was imported before exactly as it is: linked to its contact, left unchanged\n');
  });

  it('says in words that the columns Compound computes are recomputed, not imported, and keeps the columns aligned', () => {
    const mapping = { fit: { field: 'derived', confidence: 0.95 }, email: { field: 'email', confidence: 1 }, Code: { field: 'custom', type: 'id', confidence: 0.7 } };
    const text = formatImportReport({ ...report, format: 'compound', mapping } as ImportReport);
    const lines = text.split('\n').filter((line) => line.includes(' → '));
    expect(lines[0]).toMatch(/^ {2}fit +→ derived \(recomputed, not imported\) 0\.95$/);
    expect(text).not.toMatch(/→ derived +\d/);
    expect(new Set(lines.map((line) => line.search(/\d\.\d\d$/))).size).toBe(1);
    expect(lines[2]).toContain('→ custom (id)');
  });

  it('says how to score fit without a playbook', () => {
    expect(formatImportReport({ ...report, icpMatches: 0, icpMatchInterval: null, playbookVersion: null })).toContain('ICP fit not scored: pass --playbook FILE');
  });
});
