import { describe, expect, it } from 'vitest';
import { buildImportReport } from './import-report.js';

const input = {
  importId: 'import-1',
  contactFile: {
    file: 'contacts.csv',
    format: 'unknown',
    formatConfidence: 0,
    encoding: 'utf-8',
    delimiter: ',',
    header: ['Email'],
    mapping: { format: 'unknown', formatConfidence: 0, columns: [], warnings: [] },
    warnings: [],
  },
  rows: 700,
  rejectedRows: [],
  blankRows: [],
  imported: 700,
  identifiedRows: 700,
  unique: 624,
  duplicatesMerged: 76,
  mergedIntoExisting: 0,
  unchangedRows: 0,
  icpMatches: 352,
  companiesCreated: 0,
  companiesLinked: 0,
  insights: [],
  issues: [],
  issueCount: 0,
  issueGroups: [],
  issueKinds: 0,
  dedupStats: { records: 700, candidatePairs: 0, clusterMatePairs: 0, pairsPerRecord: 0, comparisons: 0, matchedPairs: 0, clusters: 624, ms: 0 },
  ms: 0,
};

describe('buildImportReport', () => {
  it('gives the ICP-match share its Wilson 95% interval', () => {
    const report = buildImportReport({ ...input, playbookVersion: 1 });
    expect(report.icpMatches).toBe(352);
    // By hand: p = 352/624 = 0.56410, z = 1.96, centre 0.56368, half-width 0.03879.
    expect(report.icpMatchInterval?.low).toBeCloseTo(0.52492, 4);
    expect(report.icpMatchInterval?.high).toBeCloseTo(0.6025, 4);
  });

  it('has no ICP-match interval without a playbook', () => {
    const report = buildImportReport(input);
    expect(report.icpMatches).toBe(352);
    expect(report.icpMatchInterval).toBeNull();
  });

  it('counts blank rows and lists their first ten runs of row numbers', () => {
    const blankRows = [3, 4, 5, 9, ...Array.from({ length: 9 }, (_, index) => 20 + 2 * index), 40, 41, 42];
    const report = buildImportReport({ ...input, blankRows });
    expect(report.blankRows).toBe(16);
    expect(report.blankRowRanges).toEqual([[3, 5], [9, 9], [20, 20], [22, 22], [24, 24], [26, 26], [28, 28], [30, 30], [32, 32], [34, 34]]);
    expect(buildImportReport({ ...input, blankRows: [701, 702] }).blankRowRanges).toEqual([[701, 702]]);
    expect(buildImportReport(input)).toMatchObject({ blankRows: 0, blankRowRanges: [] });
  });
});
