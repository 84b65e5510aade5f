import type { FieldIssue } from '../contact.js';
import type { DedupStats } from '../dedup/index.js';
import type { ImportInsight, ProportionInterval } from '../insights/index.js';
import { wilsonInterval } from '../insights/index.js';
import type { ContactFile, ContactFileRow } from './read-contact-file.js';
import { weakIdentifiersWarning } from './dedup-warning.js';
import type { IssueGroup } from './issue-groups.js';

/** Runs of blank rows listed in the report; the count covers the rest. */
const maxListedRanges = 10;

/** A column's mapping as reported: the field it feeds and how sure the detection is. */
export interface ReportedMapping {
  /** Canonical field, or `custom` (kept as a custom field, never thrown away). */
  field: string;
  /** 0..1; 1 for a `--map` override or a recognized export format's known column. */
  confidence: number;
  /** Custom field type, when `field` is `custom`. */
  type?: string;
  /** Why this mapping was chosen. */
  reason?: string;
}

/** What an import did; `--json` prints exactly this. */
export interface ImportReport {
  importId: string;
  file: string;
  /** Recognized export format (e.g. `linkedin-connections`) or `unknown`. */
  format: string;
  encoding: string;
  delimiter: string;
  /**
   * Data rows read: blank lines and blank rows excluded, so `rows` = `imported` + `rejected.length`.
   * Row numbers count blank rows (not blank lines), so they match the file's data rows.
   */
  rows: number;
  /**
   * Rows whose cells are all empty or whitespace (a spreadsheet saves them as `,,,,` or `;;;;`):
   * skipped, neither imported nor rejected; their raw rows are stored with status `skipped`.
   */
  blankRows: number;
  /** The blank rows as runs of row numbers, `[first, last]` inclusive: the first 10 runs. */
  blankRowRanges: Array<[number, number]>;
  /** Rows accepted (rows − rejected). */
  imported: number;
  /** Distinct contacts the accepted rows resolved to. */
  unique: number;
  /** Accepted rows merged into another row of this file or into an existing contact's cluster. */
  duplicatesMerged: number;
  /** Distinct contacts of this file that matched a contact already stored. */
  mergedIntoExisting: number;
  /**
   * Accepted rows an earlier import brought in exactly as they are (same cells and header, read
   * with the same mapping and country): linked to the contact they went into, which they leave as
   * it was; their raw rows are stored with status `unchanged`.
   */
  unchangedRows: number;
  /** Contacts created by this import. */
  newContacts: number;
  /** Rejected rows: file, row, reason, and the column when one is to blame. */
  rejected: Array<{ file: string; row: number; line: number; reason: string; field?: string }>;
  /** Distinct contacts of this file that match the ICP (0 without a playbook). */
  icpMatches: number;
  /** Wilson 95% interval of the ICP-match share (`icpMatches / unique`); null when no playbook is set. */
  icpMatchInterval: ProportionInterval | null;
  /** Playbook version fit was scored against; null when no playbook is set. */
  playbookVersion: number | null;
  /** Source column → mapping. */
  mapping: Record<string, ReportedMapping>;
  insights: ImportInsight[];
  /** Problems with single values that did not reject their row (first 100), and their total. */
  issues: Array<FieldIssue & { row: number }>;
  issueCount: number;
  /** All of them grouped by field and reason, most frequent first (at most 50 groups), each with its first row and value. */
  issueGroups: IssueGroup[];
  /** How many kinds (field and reason) there are, listed in `issueGroups` or not. */
  issueKinds: number;
  warnings: string[];
  companiesCreated: number;
  companiesLinked: number;
  /** Live contacts in the workspace after the import. */
  contactsTotal: number;
  dedup: { candidatePairs: number; pairsPerRecord: number; matchedPairs: number };
  ms: number;
}

/** Assembles the import report from the pipeline's results. */
export function buildImportReport(input: {
  importId: string;
  /** The file read, without its rows (an import lets go of each row once it is merged). */
  contactFile: Omit<ContactFile, 'rows'>;
  /** Data rows read, blank rows excluded. */
  rows: number;
  rejectedRows: readonly ContactFileRow[];
  /** Row numbers of the blank rows, ascending. */
  blankRows: readonly number[];
  imported: number;
  /** Accepted rows that carry an identifier (`identified` in dedup-warning.ts). */
  identifiedRows: number;
  unique: number;
  duplicatesMerged: number;
  mergedIntoExisting: number;
  unchangedRows: number;
  icpMatches: number;
  playbookVersion?: number;
  companiesCreated: number;
  companiesLinked: number;
  insights: ImportInsight[];
  issues: Array<FieldIssue & { row: number }>;
  issueCount: number;
  issueGroups: IssueGroup[];
  issueKinds: number;
  dedupStats: DedupStats;
  ms: number;
}): ImportReport {
  const { contactFile } = input;
  const weakIdentifiers = weakIdentifiersWarning(input.identifiedRows, input.imported, input.duplicatesMerged);
  const mapping: Record<string, ReportedMapping> = {};
  for (const column of contactFile.mapping.columns) {
    // A repeated header (or `__proto__`, which assignment cannot store) is listed under its unique key, so no column goes missing.
    const name = Object.hasOwn(mapping, column.column) || column.column === '__proto__' ? column.key : column.column;
    mapping[name] = {
      field: column.field,
      confidence: Math.round(column.confidence * 100) / 100,
      ...(column.type ? { type: column.type } : {}),
      reason: column.reason,
    };
  }
  const rejected = input.rejectedRows.map((row) => ({
    file: contactFile.file,
    row: row.row,
    line: row.line,
    reason: row.rejection?.reason ?? '',
    ...(row.rejection?.field ? { field: row.rejection.field } : {}),
  }));
  return {
    importId: input.importId,
    file: contactFile.file,
    format: contactFile.format,
    encoding: contactFile.encoding,
    delimiter: contactFile.delimiter,
    rows: input.rows,
    blankRows: input.blankRows.length,
    blankRowRanges: rowRanges(input.blankRows, maxListedRanges),
    imported: input.imported,
    unique: input.unique,
    duplicatesMerged: input.duplicatesMerged,
    mergedIntoExisting: input.mergedIntoExisting,
    unchangedRows: input.unchangedRows,
    newContacts: input.unique - input.mergedIntoExisting,
    rejected,
    icpMatches: input.icpMatches,
    icpMatchInterval: input.playbookVersion === undefined ? null : wilsonInterval(input.icpMatches, input.unique),
    playbookVersion: input.playbookVersion ?? null,
    mapping,
    insights: input.insights,
    issues: input.issues,
    issueCount: input.issueCount,
    issueGroups: input.issueGroups,
    issueKinds: input.issueKinds,
    warnings: [
      ...contactFile.warnings.map((warning) => warning.message),
      ...contactFile.mapping.warnings,
      ...(weakIdentifiers === undefined ? [] : [weakIdentifiers]),
    ],
    companiesCreated: input.companiesCreated,
    companiesLinked: input.companiesLinked,
    contactsTotal: 0,
    dedup: {
      candidatePairs: input.dedupStats.candidatePairs,
      pairsPerRecord: Math.round(input.dedupStats.pairsPerRecord * 100) / 100,
      matchedPairs: input.dedupStats.matchedPairs,
    },
    ms: input.ms,
  };
}

/** The first `limit` runs of consecutive numbers of an ascending list, as `[first, last]`. */
function rowRanges(rows: readonly number[], limit: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const row of rows) {
    const last = ranges.at(-1);
    if (last && row === last[1] + 1) last[1] = row;
    else if (ranges.length === limit) break;
    else ranges.push([row, row]);
  }
  return ranges;
}
