import type { ContactField, FieldType } from '../../contact.js';

/**
 * Where a known export's column goes: a canonical field, a custom column of a given type, or
 * `derived` for a value the export's writer computed (Compound's `fit`), which the import computes
 * again instead of storing it.
 */
export type ColumnTarget = ContactField | `custom:${FieldType}` | 'derived';

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
  /** Markers that must be present for the format to be recognized. Default 1. */
  readonly minMarkers?: number;
  /**
   * Header prefix (as `formatHeaderKey` gives it) of columns that each hold one custom field, named
   * by the rest of the header: Compound's export writes the custom field `Shoe size` as
   * `custom:Shoe size`, which is read back into `Shoe size`, not into a field named after the whole
   * header. Tried before `columns`.
   */
  readonly customFieldPrefix?: string;
  /**
   * Types of the custom fields (by name, after `customFieldPrefix`) whose type sniffing would get
   * wrong, such as the ones the writer's own normalizer creates (an employee band `501-1000` reads
   * as a phone number). Other custom fields are typed as any unknown column is.
   */
  readonly customFieldTypes?: Readonly<Record<string, FieldType>>;
  /**
   * Columns (by `formatHeaderKey`) that are `derived` when the header also has another column (the
   * value), and map by `columns` otherwise: Compound's export computes `domain` from `website` and
   * the emails, and wrote no `website` column before it wrote one, so `domain` is the website of an
   * older export only.
   */
  readonly derivedWhenPresent?: Readonly<Record<string, string>>;
  /**
   * Columns that label a value column, and mark its primary value with a leading `*` (Google
   * Contacts: `E-mail 2 - Label` = `* Work` says `E-mail 2 - Value` is the primary address, a work
   * one). `value` matches the value column's key (as `formatHeaderKey` gives it) and `label` is
   * its replacement pattern for the label column's key. The import puts a primary value before the
   * others of its field and keeps the label without the `*` (`Work`).
   */
  readonly labelColumns?: { readonly value: RegExp; readonly label: string };
  /**
   * The writer quotes cells with `neutralizeFormula` (Compound's export does): the import takes the
   * quote off again with `restoreFormula`, so `'+31 6 1234 5678` reads as the phone number it was.
   */
  readonly neutralizesFormulas?: boolean;
}
