import { contactFields, fieldTypes, type ContactField, type FieldType, type MappedRow } from '../contact.js';
import { customTypeHint, fieldFit, matchHeaderName, sniffedType, type NameMatch } from './column-synonyms.js';
import { restoreFormula } from '../pipeline/neutralize-formula.js';
import type { ColumnTarget, ExportFormat } from './export-formats/export-format.js';
import { exportFormats } from './export-formats/registry.js';
import { formatHeaderKey, headerWords } from './header-key.js';
import { isPrimaryLabel, labelText, linkLabelColumns } from './label-columns.js';
import { formatColumnTarget, formatCustomField, recognizeExportFormat, type FormatCustomField } from './recognize-export-format.js';
import { resolveColumnOptions } from './resolve-column-options.js';
import { profileValues, type ValueProfile } from './sniff-values.js';

/** How one source column is mapped. */
export interface ColumnAssignment {
  /** 0-based column index. */
  index: number;
  /** Header cell as in the file. */
  column: string;
  /**
   * Key of the column in `MappedRow.custom`: the header, made unique (`Notes (2)`, `Column 5` for an
   * empty header, `__proto__ (column 3)`); for a format's custom field column, the field's name
   * (`Shoe size` for Compound's `custom:Shoe size`).
   */
  key: string;
  /**
   * Canonical field, `custom` to keep the column as is, or `derived` for a value a known export's
   * writer computed (Compound's `fit`, `reasons`, `sources`, `function`): the import computes it
   * again, and does not store the cells as the contact's data.
   */
  field: ContactField | 'custom' | 'derived';
  /** Type of a custom column (sniffed, or from `fieldTypes`); also set on a mapped column typed by `fieldTypes`. */
  type?: FieldType;
  /** How sure the mapping is, in [0, 1]. Below 0.6 a resolver (or the user) should confirm it. */
  confidence: number;
  /** Why, in words: the name match, the content evidence, or the override. */
  reason: string;
  /** What decided: `override` (`--map`), `format` (a known export's table), `name`, `content`, `model`, or `default`. */
  source: 'override' | 'format' | 'name' | 'content' | 'model' | 'default';
  /**
   * The file's writer put a quote before formula-like cells (`neutralizeFormula`, Compound's own
   * export): `applyMapping` takes it off (`'+31 6 …` reads as `+31 6 …`).
   */
  unquoteFormulas?: boolean;
  /**
   * Index of the column labelling this one's values, whose `*` marks the primary value (Google
   * Contacts' `E-mail 2 - Label` = `* Work`): `applyMapping` puts that value before the others.
   */
  labelIndex?: number;
  /** The column labels another one (see `labelIndex`): `applyMapping` keeps the label without its `*`. */
  isLabel?: boolean;
}

/** The mapping of a whole header. */
export interface ColumnMapping {
  /** Recognized export format id, or `unknown`. */
  format: string;
  /** Confidence of the format recognition, in [0, 1] (1 when passed as an option). */
  formatConfidence: number;
  /** One assignment per header column, in column order. */
  columns: ColumnAssignment[];
  /** Non-fatal notes, e.g. a model resolver that failed. */
  warnings: string[];
}

/** Options of `mapColumns`. */
export interface MapColumnsOptions {
  /** Export format id (see `recognizeExportFormat`); default recognized from the header; `unknown` disables tables. */
  format?: string;
  /**
   * Column (header name) → field name or `custom`, from `--map column=field`. Wins with confidence 1.
   * Unknown field names throw `mapping-invalid` listing the valid ones.
   */
  overrides?: Record<string, string>;
  /** Column → type, from `--field col:type`: the type of a custom column; a column named like a field still maps to it. */
  fieldTypes?: Record<string, FieldType>;
  /** Sample rows looked at for content sniffing. Default 200. */
  maxSampleRows?: number;
  /** The file's name, for error messages (`No column named "Firm" in contacts.csv`). Default "the file". */
  file?: string;
}


/**
 * Maps each column of a header to a canonical contact field or to a typed custom column. Known
 * exports use their column tables; other headers use name synonyms (case-, space- and
 * punctuation-insensitive) combined with content sniffing of the sample rows (emails, URLs, LinkedIn
 * URLs, phones, dates, postcodes, ids). Content that contradicts the name lowers the confidence.
 * Synchronous and pure; see `refineMapping` to ask a model about low-confidence columns.
 *
 * Throws CompoundError `mapping-invalid` when an override or field type names an unknown field,
 * type or column.
 *
 * @example
 * mapColumns(['given_name', 'surname', 'dob'], [['ada', 'lovelace', '18151210']]).columns.map((c) => c.field)
 * // ['firstName', 'lastName', 'birthDate']
 */
export function mapColumns(header: readonly string[], sampleRows: readonly (readonly string[])[], options: MapColumnsOptions = {}): ColumnMapping {
  const file = options.file ?? 'the file';
  const overrides = resolveColumnOptions(header, options.overrides ?? {}, [...contactFields, 'custom'], 'field', file);
  const types = resolveColumnOptions(header, options.fieldTypes ?? {}, [...fieldTypes], 'type', file) as Map<number, FieldType>;
  const recognized = options.format === undefined ? recognizeExportFormat(header) : { format: options.format, confidence: 1 };
  const format = exportFormats.find((candidate) => candidate.id === recognized.format);
  const rows = sampleRows.slice(0, options.maxSampleRows ?? 200);
  const customFields = header.map((column) => (format === undefined ? undefined : formatCustomField(format, column)));
  const keys = uniqueKeys(header.map((column, index) => customFields[index]?.name ?? column));
  const unquote = format?.neutralizesFormulas === true;
  const headerKeys = new Set(header.map(formatHeaderKey));

  const columns = header.map((column, index): ColumnAssignment => {
    const key = keys[index] as string;
    const base = { index, column, key, ...(unquote ? { unquoteFormulas: true } : {}) };
    const type = types.get(index);
    const override = overrides.get(index) as ContactField | 'custom' | undefined;
    const profile = profileValues(rows.map((row) => (unquote ? restoreFormula((row[index] ?? '').trim()) : (row[index] ?? ''))));
    if (override !== undefined) {
      const assignment: ColumnAssignment = { ...base, field: override, confidence: 1, reason: 'set by --map override', source: 'override' };
      if (override === 'custom') assignment.type = type ?? customType(headerWords(column), profile);
      else if (type !== undefined) assignment.type = type;
      return assignment;
    }
    const assignment = assignKnownColumn(format, column, customFields[index], headerKeys, profile) ?? assignColumn(column, profile, format);
    if (type !== undefined) {
      assignment.type = type;
      // A type for a derived column (`--field fit:text`) asks to keep it: as a custom column of that type.
      if (assignment.field === 'custom' || assignment.field === 'derived') {
        assignment.field = 'custom';
        assignment.confidence = 1;
        assignment.reason = `custom column typed ${type} by --field`;
        assignment.source = 'override';
      }
    }
    return { ...base, ...assignment };
  });
  linkLabelColumns(format, columns);
  return { format: recognized.format, formatConfidence: recognized.confidence, columns, warnings: [] };
}

type Assignment = Omit<ColumnAssignment, 'index' | 'column' | 'key' | 'unquoteFormulas' | 'labelIndex' | 'isLabel'>;

/**
 * A known export's column that holds one custom field (`custom:Shoe size`): back into that field,
 * typed as the header says (`custom(date):Renewal`), else as the format says, else as sniffed.
 */
function customFieldColumn(column: string, field: FormatCustomField, profile: ValueProfile, format: ExportFormat): Assignment {
  const { name } = field;
  const types = format.customFieldTypes;
  // Own keys only: `custom:constructor` is a user's field, not Object.prototype's.
  const type = field.type ?? (types !== undefined && Object.hasOwn(types, name) ? (types[name] as FieldType) : customType(headerWords(name), profile));
  const how = field.type === undefined ? '' : ' (the type its header gives)';
  return { field: 'custom', type, confidence: 0.95, reason: `${format.label} column "${column}" → custom ${type} field "${name}"${how}`, source: 'format' };
}

/**
 * A recognized export's column that its table does not map as any other: a custom field column
 * (`custom:Shoe size`), or a column derived because the header has the one it is computed from
 * (see `ExportFormat.derivedWhenPresent`). Undefined for other columns.
 */
function assignKnownColumn(
  format: ExportFormat | undefined,
  column: string,
  customField: FormatCustomField | undefined,
  headerKeys: ReadonlySet<string>,
  profile: ValueProfile,
): Assignment | undefined {
  if (format === undefined) return undefined;
  if (customField !== undefined) return customFieldColumn(column, customField, profile, format);
  const derivedWhen = format.derivedWhenPresent;
  const key = formatHeaderKey(column);
  if (derivedWhen === undefined || !Object.hasOwn(derivedWhen, key)) return undefined;
  const source = derivedWhen[key] as string;
  if (!headerKeys.has(source)) return undefined;
  return {
    field: 'derived',
    confidence: 0.95,
    reason: `${format.label} column "${column}" is computed by Compound from "${source}" and the emails: computed again on import, not stored as the contact's data (the cells stay in the raw rows; --map or --field keeps them)`,
    source: 'format',
  };
}

/** Fields that identify a person: an opt-out flag named after one (`HasOptedOutOfEmail`) is not one. */
const identifierFields: ReadonlySet<ContactField> = new Set<ContactField>(['email', 'phone', 'linkedinUrl', 'companyLinkedinUrl', 'website']);

function assignColumn(column: string, profile: ValueProfile, format: ExportFormat | undefined): Assignment {
  const words = headerWords(column);
  const tableTarget = format === undefined ? undefined : formatColumnTarget(format, formatHeaderKey(column));
  if (tableTarget !== undefined && format !== undefined) {
    return fromTarget(tableTarget, { confidence: 0.95, how: 'format', label: `${format.label} column "${column}"` }, words, profile);
  }
  const match = matchHeaderName(words);
  if (match !== undefined) {
    return fromTarget(match.target, { confidence: match.confidence, how: match.how, label: describeMatch(column, match) }, words, profile);
  }
  const assignment = fromContent(column, words, profile);
  // In a recognized export, a column no table or name knows is one of the vendor's own properties
  // (Outlook's Mileage, Salesforce's CleanStatus): custom is the answer, not a guess to check.
  if (format !== undefined && assignment.source === 'default' && assignment.confidence < recognizedExportCustomConfidence) {
    assignment.confidence = recognizedExportCustomConfidence;
    assignment.reason = `${format.label} column "${column}" is not a contact field: kept as a custom ${assignment.type ?? 'text'} column`;
  }
  return assignment;
}

/** Confidence of a recognized export's column that stays custom because nothing maps it. */
const recognizedExportCustomConfidence = 0.7;

function fromTarget(
  target: ColumnTarget,
  evidence: { confidence: number; how: string; label: string },
  words: readonly string[],
  profile: ValueProfile,
): Assignment {
  const source = evidence.how === 'format' ? 'format' : 'name';
  if (target === 'derived') {
    return {
      field: 'derived',
      confidence: evidence.confidence,
      reason: `${evidence.label} is computed by Compound: computed again on import, not stored as the contact's data (the cells stay in the raw rows; --map or --field keeps them)`,
      source,
    };
  }
  if (target.startsWith('custom:')) {
    const type = target.slice('custom:'.length) as FieldType;
    return { field: 'custom', type, confidence: evidence.confidence, reason: `${evidence.label} is kept as a custom ${type} column`, source };
  }
  let field = target as ContactField;
  if (field === 'title' && honorificShare(profile) >= 0.6) field = 'honorific';
  if (profile.count === 0) {
    return { field, confidence: round(evidence.confidence - 0.05), reason: `${evidence.label} → ${field}; no sample values to confirm`, source };
  }
  const fit = Math.min(1, fieldFit(field, profile));
  const percent = `${Math.round(fit * 100)}% of ${profile.count} sample values fit`;
  if (fit >= 0.5) {
    return { field, confidence: round(Math.min(1, evidence.confidence + 0.05 * fit)), reason: `${evidence.label} → ${field}; ${percent}`, source };
  }
  if (profile.flag >= 0.8 && identifierFields.has(field)) {
    return {
      field: 'custom',
      type: 'text',
      confidence: 0.9,
      reason: `${evidence.label} names ${field}, but ${Math.round(profile.flag * 100)}% of sample values are yes/no flags: kept as a custom text column`,
      source: 'content',
    };
  }
  const strong = strongContentField(profile);
  if (strong !== undefined && strong.field !== field && profile.count >= 3) {
    return {
      field: strong.field,
      confidence: round(0.5 + 0.2 * strong.share),
      reason: `${evidence.label} suggests ${field}, but ${Math.round(strong.share * 100)}% of sample values look like ${strong.what}`,
      source: 'content',
    };
  }
  if (fit < 0.3 && profile.count >= 3) {
    return {
      field,
      confidence: round(evidence.confidence * 0.5),
      reason: `${evidence.label} → ${field}, but only ${percent}: check this column`,
      source,
    };
  }
  return { field, confidence: round(evidence.confidence * 0.8), reason: `${evidence.label} → ${field}; ${percent}`, source };
}

function fromContent(column: string, words: readonly string[], profile: ValueProfile): Assignment {
  const strong = strongContentField(profile);
  if (strong !== undefined) {
    return {
      field: strong.field,
      confidence: round(0.5 + 0.2 * strong.share),
      reason: `header "${column}" is not a known field name, but ${Math.round(strong.share * 100)}% of sample values look like ${strong.what}`,
      source: 'content',
    };
  }
  const hint = customTypeHint(words);
  const type = customType(words, profile);
  const evidence = hint !== undefined ? `its name suggests ${hint}` : profile.count > 0 ? 'sniffed from sample values' : 'no sample values';
  return {
    field: 'custom',
    type,
    confidence: hint !== undefined ? 0.7 : sniffedType(profile) !== undefined ? 0.5 : 0.4,
    reason: `header "${column}" is not a known field name: kept as a custom ${type} column (${evidence})`,
    source: 'default',
  };
}

/** Type of a custom column: the name's hint unless the content clearly says otherwise. */
function customType(words: readonly string[], profile: ValueProfile): FieldType {
  const hint = customTypeHint(words);
  const sniffed = sniffedType(profile);
  // Yes/no flags named after a field ("Email Opt Out") are compared as text, never as that field.
  if (hint === undefined || profile.flag >= 0.8) return sniffed ?? 'text';
  if (sniffed === undefined || sniffed === hint) return hint;
  // A postcode or phone column of digits sniffs as `id`; trust the name there.
  if (sniffed === 'id' && (hint === 'postcode' || hint === 'phone' || hint === 'date' || hint === 'address')) return hint;
  if (sniffed === 'date' && hint === 'id') return hint;
  // "IDHS Provider ID" holds 9-digit numbers that look like phone numbers; the name says what they are.
  if (sniffed === 'phone' && hint === 'id') return hint;
  return sniffed;
}

function strongContentField(profile: ValueProfile): { field: ContactField; share: number; what: string } | undefined {
  const email = profile.shares.email ?? 0;
  const linkedin = profile.shares.linkedin ?? 0;
  const companyLinkedin = profile.shares['linkedin-company'] ?? 0;
  if (email >= 0.8) return { field: 'email', share: email, what: 'email addresses' };
  if (linkedin >= 0.8) return { field: 'linkedinUrl', share: linkedin, what: 'LinkedIn profile URLs' };
  if (companyLinkedin >= 0.8) return { field: 'companyLinkedinUrl', share: companyLinkedin, what: 'LinkedIn company URLs' };
  return undefined;
}

function honorificShare(profile: ValueProfile): number {
  return profile.honorific;
}

function describeMatch(column: string, match: NameMatch): string {
  if (match.how === 'synonym') return `header "${column}"`;
  if (match.how === 'numbered') return `numbered header "${column}"`;
  return `header "${column}" ends with a field name`;
}

function uniqueKeys(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((column, index) => {
    const trimmed = column.trim();
    // `__proto__` cannot be an own key by assignment (`custom[key] = ...` would set the prototype).
    const base = trimmed === '' ? `Column ${index + 1}` : trimmed === '__proto__' ? `__proto__ (column ${index + 1})` : trimmed;
    const times = (seen.get(base) ?? 0) + 1;
    seen.set(base, times);
    return times === 1 ? base : `${base} (${times})`;
  });
}

/**
 * Applies a mapping to one row's cells: values of canonical fields into `fields[field]` arrays in
 * column order, custom columns under their (unique) key with their type; `derived` columns are
 * left out. Empty cells are skipped; values are trimmed, and lose the quote Compound's export put
 * before a formula-like cell when the column's `unquoteFormulas` says so. A value whose label
 * marks it primary (`labelIndex`, Google's `* Work`) goes before the others of its field, and a
 * label loses that mark.
 *
 * @example
 * applyMapping(mapping, header, ['Ada', 'ada@example.com']) // { fields: { firstName: ['Ada'], email: [...] }, custom: {} }
 */
export function applyMapping(mapping: ColumnMapping, header: readonly string[], cells: readonly string[]): MappedRow {
  return fillMappedRow({ fields: {}, custom: {} }, mapping.columns, header.length, cells);
}

/**
 * Adds the non-blank cells of `cells` to `row` as `applyMapping` does, for the columns whose index
 * is below `columnCount` (the header's length). Returns `row`.
 * @internal
 */
export function fillMappedRow(row: MappedRow, columns: readonly ColumnAssignment[], columnCount: number, cells: readonly string[]): MappedRow {
  for (const column of columns) {
    if (column.index >= columnCount || column.field === 'derived') continue;
    let value = (cells[column.index] ?? '').trim();
    if (value === '') continue;
    if (column.unquoteFormulas === true && value.charCodeAt(0) === 39) value = restoreFormula(value);
    if (column.isLabel === true) value = labelText(value);
    if (value === '') continue;
    if (column.field === 'custom') {
      row.custom[column.key] = { value, type: column.type ?? 'text' };
    } else {
      const values = row.fields[column.field];
      if (values === undefined) row.fields[column.field] = [value];
      else if (column.labelIndex !== undefined && isPrimaryLabel(cells[column.labelIndex])) values.unshift(value);
      else values.push(value);
    }
  }
  return row;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
