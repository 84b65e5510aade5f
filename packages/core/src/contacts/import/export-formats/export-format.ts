import type { ContactField, FieldType } from '../../contact.js';

/** Where a known export's column goes: a canonical field, or a custom column of a given type. */
export type ColumnTarget = ContactField | `custom:${FieldType}`;

/**
 * A contact export format a vendor writes (LinkedIn Connections, Google Contacts, ...): the header
 * names that identify it and the column → field table used to map it.
 */
export interface ExportFormat {
  /** Stable id, e.g. `linkedin-connections`. */
  readonly id: string;
  /** Human name, e.g. `LinkedIn Connections`. */
  readonly label: string;
  /**
   * Header names (as `formatHeaderKey` gives them) that few other formats use. At least one must be
   * present for the format to be recognized.
   */
  readonly markers: readonly string[];
  /** Column table keyed by `formatHeaderKey(header)`. Columns not listed fall back to generic mapping. */
  readonly columns: Readonly<Record<string, ColumnTarget>>;
  /** Repeated column groups, e.g. `E-mail 2 - Value`. Tried after `columns`. */
  readonly patterns?: ReadonlyArray<readonly [RegExp, ColumnTarget]>;
}
