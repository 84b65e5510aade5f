import type { ContactField, ContactRecord, FieldType, MappedRow } from '../contact.js';
import {
  fillMappedRow,
  mapColumns,
  readDelimited,
  recognizeExportFormat,
  refineMapping,
  type ColumnMapping,
  type ColumnResolver,
  type DelimitedWarning,
  type ReadDelimitedOptions,
} from '../import/index.js';
import { CompoundError } from '../../errors/index.js';
import { isPhoneCountry, normalizeContact, normalizeDate, type NormalizeContactOptions } from '../normalize/index.js';
import type { RawCells } from '../../store/store.js';
import type { ImportProgressListener } from './import-progress.js';
import { inferDateOrder } from './infer-date-order.js';

/** Options of `readContactFile`. */
export interface ReadContactFileOptions {
  /** `--map column=field` overrides: win over detection with confidence 1. */
  overrides?: Record<string, string>;
  /** `--field column:type`: types of custom columns (dedup picks comparators by type). */
  fieldTypes?: Record<string, FieldType>;
  /** ISO-2 country for phone numbers without a country code. Default: none (such numbers need one). */
  defaultCountry?: string;
  /** Resolves low-confidence columns (e.g. with a language model); skipped when absent. */
  resolver?: ColumnResolver;
  /** Rows sampled for column sniffing. Default 500. */
  sampleRows?: number;
  /** Parser limits. */
  read?: ReadDelimitedOptions;
  onProgress?: ImportProgressListener;
}

/** One data row of a contact file: raw cells (kept for provenance) and the normalized record. */
export interface ContactFileRow {
  /** 1-based data row number. */
  row: number;
  /** 1-based physical line where the row starts. */
  line: number;
  /**
   * Header → raw cell. Extra cells of a ragged row are kept under `_extra_<n>`. Rows read by
   * `readContactFile` build it on each read (a new object) from their cells, kept compactly.
   */
  readonly raw: Record<string, string>;
  /**
   * True when every cell is empty or whitespace (a spreadsheet saves such rows as `,,,,` or
   * `;;;;`, even with more cells than the header): the row has no record and no rejection, and is
   * skipped, not rejected. It keeps its row number (only a truly blank line is not numbered).
   */
  blank?: true;
  /** The normalized record; absent when the row could not be read as a row of this file, or is blank. */
  record?: ContactRecord;
  /** Why the row cannot be imported; absent when it can. */
  rejection?: { reason: string; field?: string };
}

/** A contact file read, mapped and normalized. */
export interface ContactFile {
  file: string;
  format: string;
  formatConfidence: number;
  encoding: string;
  delimiter: string;
  header: string[];
  mapping: ColumnMapping;
  rows: ContactFileRow[];
  warnings: DelimitedWarning[];
}

const progressEvery = 5000;

/**
 * Reads a delimited contact file end to end: parse (streaming), recognize the export format, map
 * columns (on a sample), then normalize every row. Rows that cannot be used carry a `rejection`
 * with a reason, and rows whose cells are all empty are marked `blank`; no row is dropped.
 */
export async function readContactFile(path: string, options: ReadContactFileOptions = {}): Promise<ContactFile> {
  // Checked before reading: an unknown code would leave every national number without a country, row by row.
  if (options.defaultCountry !== undefined && !isPhoneCountry(options.defaultCountry)) {
    throw new CompoundError({
      code: 'invalid-argument',
      message: `country "${options.defaultCountry}" is not an ISO 3166-1 alpha-2 code such as US, GB or CZ`,
      context: { file: path, field: 'country' },
    });
  }
  const delimited = await readDelimited({ path }, options.read);
  const { header } = delimited;
  const recognized = recognizeExportFormat(header);
  const sampleSize = options.sampleRows ?? 500;

  const buffered: Array<{ row: number; line: number; cells: string[]; problem?: { reason: string; field?: string } }> = [];
  let mapping: ColumnMapping | undefined;
  const rows: ContactFileRow[] = [];
  const emit = options.onProgress;

  const normalizeOptions: NormalizeContactOptions = options.defaultCountry === undefined ? {} : { defaultCountry: options.defaultCountry };
  const dateWarnings: DelimitedWarning[] = [];
  const decide = async (): Promise<ColumnMapping> => {
    const sample = buffered.filter((entry) => entry.problem === undefined).map((entry) => entry.cells);
    const detected = mapColumns(header, sample, {
      format: recognized.format,
      // Field names come from the command line; mapColumns validates them and names the valid ones.
      overrides: options.overrides as Record<string, ContactField | 'custom'> | undefined,
      fieldTypes: options.fieldTypes,
      file: delimited.file,
    });
    emit?.({ phase: 'map', done: header.length, total: header.length });
    const decided = options.resolver ? await refineMapping(detected, header, sample, options.resolver) : detected;
    const order = inferDateOrder(decided, sample);
    if (order.prefer !== undefined) normalizeOptions.datePreference = order.prefer;
    if (order.example !== undefined) dateWarnings.push(dateOrderWarning(order.ambiguousColumns, order.example, sample.length, sampleSize));
    return decided;
  };

  const layouts = new RawLayouts(header);
  let mapRow: ((cells: readonly string[]) => MappedRow) | undefined;
  const finish = (entry: (typeof buffered)[number], active: ColumnMapping): void => {
    const row = new FileRow(entry.row, entry.line, JSON.stringify(entry.cells), entry.cells.length, layouts);
    // Checked first: a `;;;;` row longer than the header is blank too, not "too many fields".
    if (isBlank(entry.cells)) {
      row.blank = true;
      rows.push(row);
      return;
    }
    if (entry.problem) {
      row.rejection = entry.problem;
      rows.push(row);
      return;
    }
    mapRow ??= createRowMapper(active, header);
    // Cells parsed back from the row's text are flat strings of their own: the parser's are slices
    // of a decoded chunk, and a record value that is one kept the whole chunk alive until the save.
    row.record = normalizeContact(mapRow(row.cells()), normalizeOptions);
    rows.push(row);
    if (rows.length % progressEvery === 0) emit?.({ phase: 'normalize', done: rows.length });
  };

  for await (const parsed of delimited.rows()) {
    const entry = {
      row: parsed.row,
      line: parsed.line,
      cells: parsed.cells,
      problem: parsed.error ? { reason: parsed.error.reason, field: parsed.error.field } : undefined,
    };
    if (mapping) {
      finish(entry, mapping);
      continue;
    }
    buffered.push(entry);
    if (buffered.length >= sampleSize) {
      mapping = await decide();
      for (const held of buffered) finish(held, mapping);
      buffered.length = 0;
    }
    if (parsed.row % progressEvery === 0) emit?.({ phase: 'read', done: parsed.row });
  }
  if (!mapping) {
    mapping = await decide();
    for (const held of buffered) finish(held, mapping);
  }
  emit?.({ phase: 'normalize', done: rows.length, total: rows.length });

  return {
    file: delimited.file,
    format: recognized.format,
    formatConfidence: recognized.confidence,
    encoding: delimited.encoding,
    delimiter: delimited.delimiter,
    header,
    mapping,
    rows,
    warnings: [...delimited.warnings(), ...dateWarnings],
  };
}

/** Says how ambiguous numeric dates were read when no value of the file showed the order. */
function dateOrderWarning(columns: readonly string[], example: string, sampled: number, sampleSize: number): DelimitedWarning {
  const iso = normalizeDate(example) as string;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const monthName = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  const rows = sampled >= sampleSize ? `the first ${sampleSize} rows` : sampled === 1 ? 'its 1 row' : `its ${sampled} rows`;
  return {
    code: 'date-order',
    message:
      `The dates in ${columns.join(', ')} could be day-first or month-first (no day above 12 in ${rows}); ` +
      `they were read month-first (${example} = ${day} ${monthName} ${year}). Write them as YYYY-MM-DD if they are day-first.`,
    count: columns.length,
  };
}

/**
 * A row as `readContactFile` keeps it: its cells as one JSON text (~200 bytes for a 15-column row)
 * rather than a `raw` object of one sliced string per cell (~650 bytes, and the decoder's chunk
 * kept alive). An import holds every row until its cluster is merged.
 */
class FileRow implements ContactFileRow {
  blank?: true;
  record?: ContactRecord;
  rejection?: { reason: string; field?: string };
  readonly #cells: string;
  readonly #count: number;
  readonly #layouts: RawLayouts;

  constructor(
    public row: number,
    public line: number,
    cells: string,
    count: number,
    layouts: RawLayouts,
  ) {
    this.#cells = cells;
    this.#count = count;
    this.#layouts = layouts;
  }

  /** The row's cells, parsed anew. */
  cells(): string[] {
    return JSON.parse(this.#cells) as string[];
  }

  get raw(): Record<string, string> {
    return rawObject(this.#layouts.header, this.cells());
  }

  /** `raw` as its keys and the JSON text of its values, when `raw` keeps every cell in order. */
  rawCells(): RawCells | undefined {
    const keys = this.#layouts.keysInOrder(this.#count);
    return keys === undefined ? undefined : { keys, json: this.#cells };
  }

  /** A plain row, `raw` included (it is not an own property). */
  toJSON(): ContactFileRow {
    const { row, line, raw, blank, record, rejection } = this;
    return { row, line, raw, ...(blank ? { blank } : {}), ...(record ? { record } : {}), ...(rejection ? { rejection } : {}) };
  }
}

/** True when every cell is empty or whitespace; stops at the first filled cell (usually the first). */
function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * `raw` of a row: header → cell. Extra cells of a ragged row go under `_extra_<n>`; a header may
 * repeat a name (Google's groups do not, but hand-made files do): both are kept.
 */
function rawObject(header: readonly string[], cells: readonly string[]): Record<string, string> {
  const raw: Record<string, string> = {};
  for (let index = 0; index < cells.length; index++) {
    const name = index < header.length ? (header[index] ?? `column_${index + 1}`) : `_extra_${index - header.length + 1}`;
    raw[name in raw ? `${name}_${index + 1}` : name] = cells[index] ?? '';
  }
  return raw;
}

/** The keys `raw` gets for rows of each cell count of one file. */
class RawLayouts {
  readonly #keys = new Map<number, readonly string[] | undefined>();

  constructor(readonly header: readonly string[]) {}

  /**
   * `Object.keys(raw)` of a row of `count` cells when they are one key per cell in cell order, so
   * the values of `raw` in key order are the cells; undefined when a key repeats or is dropped
   * (e.g. `__proto__`) or the keys are reordered (integer-like names come first).
   */
  keysInOrder(count: number): readonly string[] | undefined {
    if (this.#keys.has(count)) return this.#keys.get(count);
    const positions = Array.from({ length: count }, (_, index) => String(index));
    const raw = rawObject(this.header, positions);
    const keys = Object.keys(raw);
    const inOrder = keys.length === count && keys.every((key, index) => raw[key] === positions[index]);
    this.#keys.set(count, inOrder ? keys : undefined);
    return inOrder ? keys : undefined;
  }
}

/** `rawCells` of a row read by `readContactFile`; undefined for other rows or when `raw` reorders cells. */
export function rawCellsOf(row: ContactFileRow): RawCells | undefined {
  return row instanceof FileRow ? row.rawCells() : undefined;
}

/**
 * `applyMapping` for every row of one file, with one difference that changes nothing for
 * `normalizeContact`: every mapped field is present in `fields` (undefined when its cells are
 * blank), so all rows share one object shape. Rows of a file otherwise come in hundreds of shapes
 * (whichever fields a row fills), and every read of a field by name then misses V8's inline caches.
 */
function createRowMapper(mapping: ColumnMapping, header: readonly string[]): (cells: readonly string[]) => MappedRow {
  const template: MappedRow['fields'] = {};
  for (const column of mapping.columns) {
    if (column.index < header.length && column.field !== 'custom' && column.field !== 'derived') template[column.field] = undefined;
  }
  return (cells) => fillMappedRow({ fields: { ...template }, custom: {} }, mapping.columns, header.length, cells);
}
