import type { ImportReport } from '@compound/core';

const maxRejectedShown = 10;
// A share's interval as the report and the insights write it: `[52–60%]`.
const percentRange = /\[\d+–\d+%\]/;

/** The import report as a founder reads it. */
export function formatImportReport(report: ImportReport): string {
  const number = (value: number) => value.toLocaleString('en-US');
  const count = (value: number, one: string, many: string) => `${number(value)} ${value === 1 ? one : many}`;
  const lines: string[] = [];
  const format = report.format === 'unknown' ? 'generic CSV' : report.format;
  lines.push(`Imported ${report.file} (${format}, ${report.encoding}, delimiter ${JSON.stringify(report.delimiter)}) in ${(report.ms / 1000).toFixed(1)} s`);
  lines.push('');
  lines.push(`  ${count(report.rows, 'row', 'rows')} read · ${number(report.imported)} imported · ${number(report.rejected.length)} rejected`);
  if (report.blankRows > 0) lines.push(`  ${count(report.blankRows, 'blank row', 'blank rows')} skipped (${blankRowList(report)})`);
  if (report.rows === 0) lines.push(`  The file has a header but no data rows${report.blankRows > 0 ? ' (only blank ones)' : ''}: nothing imported.`);
  lines.push(`  ${count(report.unique, 'unique contact', 'unique contacts')} after dedup (${count(report.duplicatesMerged, 'duplicate row', 'duplicate rows')} merged)`);
  if (report.mergedIntoExisting > 0) {
    const one = report.mergedIntoExisting === 1;
    // When every row was imported before as it is, nothing merged: the line below says so.
    const merged = report.unchangedRows < report.imported ? ` and ${one ? 'was merged into the existing contact' : 'were merged into the existing contacts'}` : '';
    lines.push(`  ${number(report.mergedIntoExisting)} of them ${one ? 'was' : 'were'} already in your workspace${merged}`);
  }
  if (report.unchangedRows > 0) {
    const one = report.unchangedRows === 1;
    lines.push(`  ${count(report.unchangedRows, 'row', 'rows')} ${one ? 'was' : 'were'} imported before exactly as ${one ? 'it is' : 'they are'}: linked to ${one ? 'its contact' : 'their contacts'}, left unchanged`);
  }
  if (report.playbookVersion === null) {
    lines.push('  ICP fit not scored: pass --playbook FILE (see examples/playbook.md)');
  } else {
    const percent = (share: number) => Math.round(share * 100);
    const interval = report.icpMatchInterval;
    const share =
      report.unique === 0 || interval === null
        ? ''
        : `: ${percent(report.icpMatches / report.unique)}% [${percent(interval.low)}–${percent(interval.high)}%] of ${count(report.unique, 'unique contact', 'unique contacts')}`;
    lines.push(`  ${number(report.icpMatches)} match your ICP${share} (playbook v${report.playbookVersion})`);
  }
  lines.push(`  ${count(report.companiesLinked, 'company', 'companies')} (${number(report.companiesCreated)} new) · ${count(report.contactsTotal, 'contact', 'contacts')} in the workspace`);
  if (report.insights.length > 0) {
    lines.push('', 'Insights:');
    for (const insight of report.insights) lines.push(`  • ${insight.text}`);
  }
  if (lines.some((line) => percentRange.test(line))) lines.push('  [low–high%] is the 95% interval of the share before it (Wilson), given its n');
  lines.push('', 'Column mapping:');
  const width = Math.min(32, Math.max(...Object.keys(report.mapping).map((column) => column.length), 6));
  const targets = Object.values(report.mapping).map(mappingTarget);
  const targetWidth = Math.max(22, ...targets.map((target) => target.length));
  Object.entries(report.mapping).forEach(([column, mapping], index) => {
    const flag = mapping.confidence < 0.6 ? '  ← low confidence: check it, or fix with --map' : '';
    lines.push(`  ${column.slice(0, width).padEnd(width)} → ${(targets[index] as string).padEnd(targetWidth)} ${mapping.confidence.toFixed(2)}${flag}`);
  });
  if (report.rejected.length > 0) {
    lines.push('', `Rejected rows (${number(report.rejected.length)}; kept with their raw values):`);
    for (const rejected of report.rejected.slice(0, maxRejectedShown)) {
      lines.push(`  ${rejected.file} row ${rejected.row} (line ${rejected.line})${rejected.field ? `, ${rejected.field}` : ''}: ${rejected.reason}`);
    }
    if (report.rejected.length > maxRejectedShown) lines.push(`  … and ${number(report.rejected.length - maxRejectedShown)} more (--json lists all)`);
  }
  if (report.issueCount > 0) {
    lines.push('', `Values that need a look (${number(report.issueCount)}; their rows were imported):`);
    // Alike ones once, with their count and the first of them; a single one as it is.
    const groups = report.issueGroups.slice(0, maxIssueGroupsShown);
    for (const group of groups) {
      const { row, value } = group.example;
      lines.push(group.count === 1 ? `  row ${row}, ${group.field} "${value}": ${group.reason}` : `  ${number(group.count)} × ${group.field}: ${group.reason} (first: row ${row}, "${value}")`);
    }
    const shown = groups.reduce((sum, group) => sum + group.count, 0);
    const otherKinds = report.issueKinds - groups.length;
    if (report.issueCount > shown) lines.push(`  … and ${number(report.issueCount - shown)} more of ${number(otherKinds)} other ${otherKinds === 1 ? 'kind' : 'kinds'} (--json: issueGroups, and the first 100 in issues)`);
  }
  for (const warning of report.warnings) lines.push('', `Warning: ${warning}`);
  return `${lines.join('\n')}\n`;
}

/** Kinds of value problems (field and reason) the text lists; `--json` has up to 50. */
const maxIssueGroupsShown = 5;

/**
 * Where a column went, in words: a field, a typed custom column, or (for the columns Compound's own
 * export computes, `derived` in `--json`) that it is recomputed rather than imported.
 */
function mappingTarget(mapping: ImportReport['mapping'][string]): string {
  if (mapping.field === 'custom') return `custom (${mapping.type ?? 'text'})`;
  if (mapping.field === 'derived') return 'derived (recomputed, not imported)';
  return mapping.field;
}

/** The blank rows' numbers as runs ("rows 12–51", "row 7", "rows 2, 4–5, …" when more runs than listed). */
function blankRowList(report: ImportReport): string {
  const runs = report.blankRowRanges.map(([first, last]) => (first === last ? `${first}` : `${first}–${last}`));
  const listed = report.blankRowRanges.reduce((sum, [first, last]) => sum + last - first + 1, 0);
  if (listed < report.blankRows) runs.push('…');
  return `${report.blankRows === 1 ? 'row' : 'rows'} ${runs.join(', ')}`;
}
