import type { ExportFormat } from './export-formats/export-format.js';
import { formatHeaderKey } from './header-key.js';
import type { ColumnAssignment } from './map-columns.js';

// Google's mark of the primary value, before the label or alone: `* Work`, `* `.
const primaryMark = /^\*\s*/;

/**
 * Links each value column of a known export to the column that labels it (`E-mail 2 - Value` to
 * `E-mail 2 - Label` in Google Contacts; see `ExportFormat.labelColumns`), in place: the value
 * column gets `labelIndex`, the label column `isLabel`. Only a value mapped to a field (`--map` may
 * have made it custom) and a label kept as a custom column are linked.
 */
export function linkLabelColumns(format: ExportFormat | undefined, columns: ColumnAssignment[]): void {
  const labels = format?.labelColumns;
  if (labels === undefined) return;
  const byKey = new Map(columns.map((column) => [formatHeaderKey(column.column), column]));
  for (const column of columns) {
    if (column.field === 'custom' || column.field === 'derived') continue;
    const key = formatHeaderKey(column.column);
    if (!labels.value.test(key)) continue;
    const label = byKey.get(key.replace(labels.value, labels.label));
    if (label === undefined || label.field !== 'custom') continue;
    column.labelIndex = label.index;
    label.isLabel = true;
  }
}

/** Whether a label cell marks its value as the primary one: `* Work`, `*`. */
export function isPrimaryLabel(cell: string | undefined): boolean {
  return cell !== undefined && cell.trimStart().startsWith('*');
}

/** The label without its primary mark (`* Work` → `Work`; `*` → ''). */
export function labelText(cell: string): string {
  return cell.replace(primaryMark, '');
}
