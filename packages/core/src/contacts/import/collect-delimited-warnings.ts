import type { TextEncodingName } from './detect-encoding.js';
import type { DelimitedStats, DelimitedWarning } from './parse-delimited.js';
import { describeRowRepair } from './utf8-fallback-decoder.js';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The non-fatal findings of a read: one `mixed-encoding` warning per row with cells that were not
 * valid UTF-8 (naming the columns and how they were read), then replacement characters and blank lines.
 */
export function collectDelimitedWarnings(stats: DelimitedStats, encoding: TextEncodingName): DelimitedWarning[] {
  const warnings: DelimitedWarning[] = stats.rowsWithMixedEncoding.map((repair) => ({
    code: 'mixed-encoding',
    message: describeRowRepair(repair),
    rows: [repair.row],
    count: repair.windows1252.length + repair.replaced.length,
  }));
  const unlisted = stats.mixedEncodingRows - stats.rowsWithMixedEncoding.length;
  if (unlisted > 0) {
    warnings.push({ code: 'mixed-encoding', message: `${plural(unlisted, 'more row has', 'more rows have')} cells whose bytes are not valid UTF-8.`, count: unlisted });
  }
  if (stats.replacementCharacters > 0) {
    const rows = stats.rowsWithReplacementCharacters;
    warnings.push({
      code: 'replacement-characters',
      message: `${plural(stats.replacementCharacters, 'character could not be decoded', 'characters could not be decoded')} as ${encoding} and ${stats.replacementCharacters === 1 ? 'was' : 'were'} replaced by "\uFFFD"${rows.length > 0 ? ` in ${rows.length === 1 ? 'row' : 'rows'} ${rows.slice(0, 10).join(', ')}${rows.length > 10 ? ', …' : ''}` : ''}. Re-export the file as UTF-8 to keep them.`,
      rows,
      count: stats.replacementCharacters,
    });
  }
  if (stats.blankLines > 0) {
    warnings.push({ code: 'blank-lines', message: `${plural(stats.blankLines, 'blank line was', 'blank lines were')} skipped.`, count: stats.blankLines });
  }
  return warnings;
}
