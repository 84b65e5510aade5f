import { createReadStream } from 'node:fs';
import { CompoundError, fileReadError } from '../../errors/index.js';
import { DelimitedTokenizer, type TokenizedRecord } from './delimited-tokenizer.js';
import { iterateBatches } from './iterate-batches.js';
import { detectDelimiter, type Delimiter } from './detect-delimiter.js';
import { detectEncoding, encodingSampleBytes, type TextEncodingName } from './detect-encoding.js';
import { findHeaderRow, looksLikeDataRow } from './find-header-row.js';
import { hasEscapedBytes, repairCell, repairRow, Utf8FallbackDecoder, type RowRepair } from './utf8-fallback-decoder.js';
import { collectDelimitedWarnings } from './collect-delimited-warnings.js';

/** Where to read a delimited file from. */
export type DelimitedInput =
  | { /** File path, read in 64 KiB chunks. */ path: string }
  | {
      /** Byte chunks, e.g. an upload or `fs.createReadStream`. */
      stream: AsyncIterable<Uint8Array>;
      /** File name as the user knows it, for error context. */
      name: string;
    };

/** Options of `readDelimited`. Every limit protects memory and the user from a broken file. */
export interface ReadDelimitedOptions {
  /** Field separator. Default: detected among `,` `;` tab `|`. */
  delimiter?: Delimiter;
  /** Text encoding. Default: detected (UTF-8, UTF-16 LE/BE, Windows-1252). */
  encoding?: TextEncodingName;
  /** Trim spaces around unquoted cells. Default: on when most delimiters are followed by a space. */
  trimUnquoted?: boolean;
  /** More columns than this in any record throws `file-too-many-columns`. Default 1,000. */
  maxColumns?: number;
  /**
   * Largest cell kept, in UTF-16 code units (bytes for ASCII text). A larger cell is dropped without
   * being buffered and its row gets a `cell-too-large` problem. Default 1 MiB (1,048,576).
   */
  maxCellBytes?: number;
  /** A quoted cell spanning more lines than this is taken for an unterminated quote. Default 10,000. */
  maxQuotedLines?: number;
  /** Read size for `{ path }` input, in bytes. Default 64 KiB (larger reads measured slower: see `decodeBytes`). */
  chunkBytes?: number;
}

/** Why one data row cannot be used as is. The row is still yielded, with its raw cells. */
export interface RowProblem {
  /** 1-based data row number. */
  row: number;
  /** 1-based physical line where the row starts. */
  line: number;
  code: 'row-too-many-fields' | 'cell-too-large';
  /** Human-readable reason, e.g. `row has 9 fields, header has 7`. */
  reason: string;
  /** Header name of the column concerned, when there is one. */
  field?: string;
}

/** One data row. */
export interface DelimitedRow {
  /** 1-based data row number (the header is row 0; blank lines are not counted). */
  row: number;
  /** 1-based physical line where the row starts. */
  line: number;
  /** Cells, padded with '' to the header's length; longer when `error` says so. */
  cells: string[];
  /** Set when the row cannot be used as is. */
  error?: RowProblem;
}

/** A non-fatal finding about the whole file, reported after the rows were read. */
export interface DelimitedWarning {
  /**
   * `mixed-encoding`: cells of one row were not valid UTF-8 (read as Windows-1252, or with U+FFFD);
   * one warning per row, the first 100 rows, then one `mixed-encoding` warning counting the rest.
   */
  code: 'replacement-characters' | 'mixed-encoding' | 'blank-lines' | 'date-order';
  message: string;
  /** Data rows concerned (the first 100). */
  rows?: number[];
  count: number;
}

/** Counters that grow as `rows()` is iterated. */
export interface DelimitedStats {
  /** Data rows yielded so far. */
  rows: number;
  /** Blank lines skipped after the header (a preamble's blank line, as in LinkedIn's export, is not counted). */
  blankLines: number;
  /**
   * U+FFFD characters in data rows: bytes that were not valid in the detected encoding. Those of the
   * cells a `mixed-encoding` warning names are counted there, not here: one warning per cell.
   */
  replacementCharacters: number;
  /** Data rows holding U+FFFD outside such cells (the first 100). */
  rowsWithReplacementCharacters: number[];
  /** Rows yielded with an `error`. */
  rowsWithProblems: number;
  /**
   * Rows of a UTF-8 file with cells whose bytes are not valid UTF-8 (the first 100), and how those
   * cells were read: as Windows-1252 when that gives printable text, else with U+FFFD.
   */
  rowsWithMixedEncoding: RowRepair[];
  /** All rows with such cells, listed or not. */
  mixedEncodingRows: number;
}

/** A delimited file whose header was read; the data rows stream from `rows()`. */
export interface DelimitedFile {
  /** File name (path or the stream's name). */
  file: string;
  encoding: TextEncodingName;
  delimiter: Delimiter;
  /** Header cells, trimmed. */
  header: string[];
  /** 1-based physical line of the header. */
  headerLine: number;
  /** Records before the header (LinkedIn's `Notes:` and its paragraph), cells joined by the delimiter. */
  preamble: string[];
  /** Live counters; final once `rows()` is exhausted. */
  stats: DelimitedStats;
  /** Data rows, streaming. Iterate once. Throws CompoundError on a fatal problem mid-file. */
  rows(): AsyncIterable<DelimitedRow>;
  /** Non-fatal findings (replacement characters, blank lines); complete once `rows()` is exhausted. */
  warnings(): DelimitedWarning[];
}

// `sep=;` (or quoted, as writers that quote every cell put it) alone on the first line.
const excelSeparatorLine = /^"?sep=([,;\t|])"?\r?(?:\n|$)/i;
const defaultMaxColumns = 1000;
const defaultMaxCellBytes = 1024 * 1024;
const defaultMaxQuotedLines = 10_000;
const defaultChunkBytes = 64 * 1024;
/** Bytes decoded to one string at a time: small enough for V8's young generation. */
const decodeBytes = 64 * 1024;
/** `2,048 characters`, or `52,428,800 characters (50 MB)` from a megabyte up (a character of plain text is a byte). */
function sizeText(characters: number): string {
  const megabytes = characters / (1024 * 1024);
  return `${characters.toLocaleString('en-US')} characters${megabytes >= 1 ? ` (${Number(megabytes.toFixed(1))} MB)` : ''}`;
}

/** Records read before choosing the header row. */
const headerSampleRecords = 50;
const maxListedRows = 100;

/**
 * Reads a delimited text file (CSV, TSV, semicolon- or pipe-separated) as a stream: detects the
 * encoding and delimiter, finds the header after any preamble, and yields data rows with their
 * physical line numbers. Memory stays bounded by the chunk size and `maxCellBytes`.
 *
 * Throws CompoundError (with `context.file`, and `context.line` where it applies): `file-empty`,
 * `file-binary`, `file-no-header`, `file-unterminated-quote`, `file-too-many-columns`.
 * Row-level problems (too many fields, a cell over `maxCellBytes`) are values on the row.
 *
 * @example
 * const file = await readDelimited({ path: 'Connections.csv' });
 * for await (const { row, cells, error } of file.rows()) { ... }
 */
export async function readDelimited(input: DelimitedInput, options: ReadDelimitedOptions = {}): Promise<DelimitedFile> {
  const file = 'path' in input ? input.path : input.name;
  const source: AsyncIterable<Uint8Array> =
    'path' in input ? createReadStream(input.path, { highWaterMark: options.chunkBytes ?? defaultChunkBytes }) : input.stream;
  const iterator = source[Symbol.asyncIterator]();
  let done = false;
  const readChunk = async (): Promise<Uint8Array | undefined> => {
    if (done) return undefined;
    let result: IteratorResult<Uint8Array>;
    try {
      result = await iterator.next();
    } catch (error) {
      throw fileReadError(file, error);
    }
    if (result.done === true) {
      done = true;
      return undefined;
    }
    return result.value;
  };

  const sampleChunks: Uint8Array[] = [];
  let sampleBytes = 0;
  while (sampleBytes < encodingSampleBytes) {
    const chunk = await readChunk();
    if (chunk === undefined) break;
    sampleChunks.push(chunk);
    sampleBytes += chunk.length;
  }
  const sample = Buffer.concat(sampleChunks);
  const emptyError = () =>
    new CompoundError({ code: 'file-empty', message: `${file} is empty: export it again with at least a header row.`, context: { file } });
  if (sample.length === 0) throw emptyError();
  const encoding = options.encoding ?? detectEncoding(sample, { file }).encoding;
  const decoder = new TextDecoder(encoding);
  // A UTF-8 file may hold lines another program wrote in Windows-1252 (a CRM export joining two
  // sources): its decoder keeps their bytes so that each such cell is decoded on its own.
  const utf8 = encoding === 'utf-8' ? new Utf8FallbackDecoder() : undefined;
  // Always in stream mode: Node 20 decodes windows-1252 as latin1 outside it (0x80-0x9F, where
  // Windows-1252 has € and typographic quotes, become control characters).
  const decodeChunk = (bytes: Uint8Array): string => (utf8 === undefined ? decoder.decode(bytes, { stream: true }) : utf8.decode(bytes));
  const decodeEnd = (): string => (utf8 === undefined ? decoder.decode() : utf8.end());
  const sampleText = decodeChunk(sample) + (done ? decodeEnd() : '');
  if (done && sampleText.trim() === '') throw emptyError();

  const detected = detectDelimiter(sampleText);
  // Excel's `sep=;` first line names the delimiter; it is a preamble line, never the header.
  const separatorLine = excelSeparatorLine.exec(sampleText);
  const delimiter = options.delimiter ?? (separatorLine?.[1] as Delimiter | undefined) ?? detected.delimiter;
  const maxCellChars = options.maxCellBytes ?? defaultMaxCellBytes;
  const tokenizer = new DelimitedTokenizer({
    delimiter,
    trimUnquoted: options.trimUnquoted ?? detected.spaceAfterDelimiter,
    maxColumns: options.maxColumns ?? defaultMaxColumns,
    maxCellChars,
    maxQuotedLines: options.maxQuotedLines ?? defaultMaxQuotedLines,
    carriageReturnLines: !sampleText.includes('\n') && sampleText.includes('\r'),
    file,
  });

  const stats: DelimitedStats = {
    rows: 0,
    blankLines: 0,
    replacementCharacters: 0,
    rowsWithReplacementCharacters: [],
    rowsWithProblems: 0,
    rowsWithMixedEncoding: [],
    mixedEncodingRows: 0,
  };
  let checkReplacements = false;
  let escapedPieces = 0;
  /** Records starting on this line or before may hold escaped bytes (see `Utf8FallbackDecoder`). */
  let escapedUntilLine = 0;
  const pushText = (text: string, out: TokenizedRecord[]): void => {
    if (text.includes('\uFFFD')) {
      checkReplacements = true;
      stats.replacementCharacters += countOf(text, '\uFFFD');
    }
    tokenizer.push(text, out);
    if (utf8 !== undefined && utf8.escapedPieces !== escapedPieces) {
      escapedPieces = utf8.escapedPieces;
      escapedUntilLine = tokenizer.currentLine;
    }
  };
  /** Decodes and tokenizes one byte chunk (`undefined`: the end of the input). */
  const pushBytes = (chunk: Uint8Array | undefined, out: TokenizedRecord[]): void => {
    if (chunk === undefined) {
      pushText(decodeEnd(), out);
      return;
    }
    // Decoding a large chunk at once makes strings V8 keeps in its large-object space, and every
    // short cell sliced from them pins the whole chunk: measured 3x the CPU time (mostly GC) with
    // 1 MiB chunks against 64 KiB pieces.
    for (let start = 0; start < chunk.length; start += decodeBytes) {
      pushText(decodeChunk(chunk.subarray(start, start + decodeBytes)), out);
    }
  };

  let pending: TokenizedRecord[] = [];
  pushText(sampleText, pending);
  while (pending.length < headerSampleRecords && !done) {
    pushBytes(await readChunk(), pending);
  }
  if (done) tokenizer.end(pending);
  if (pending.length === 0) throw emptyError();

  const skipped = separatorLine === null ? 0 : 1;
  const headerIndex = skipped + findHeaderRow(pending.slice(skipped).map((record) => record.cells.length));
  const headerRecord = pending[headerIndex] as TokenizedRecord;
  const decodeCell = (cell: string): string => (escapedPieces > 0 && hasEscapedBytes(cell) ? repairCell(cell).text : cell);
  const header = headerRecord.cells.map((cell) => decodeCell(cell).trim());
  const preamble = pending.slice(0, headerIndex).map((record) => record.cells.map(decodeCell).join(delimiter));
  if (looksLikeDataRow(header)) {
    throw new CompoundError({
      code: 'file-no-header',
      message: `${file} has no header row: line ${headerRecord.line} looks like data (${header.slice(0, 3).join(', ')}). Add a header row naming each column (e.g. "First Name,Last Name,Email") and try again.`,
      context: { file, line: headerRecord.line },
    });
  }
  // LinkedIn's preamble ends in a blank line: part of the format, not a gap in the data to warn about.
  const preambleBlankLines = blankLinesBefore(headerRecord.line, pending.slice(0, headerIndex));
  const blankLinesAfterHeader = () => tokenizer.blankLines - preambleBlankLines;
  pending = pending.slice(headerIndex + 1);

  const toRow = (record: TokenizedRecord): DelimitedRow => {
    const row = ++stats.rows;
    const cells = record.cells;
    // Before the repair: a cell it decodes is named by its own `mixed-encoding` warning, and the
    // replacement-characters warning counts only the U+FFFD of lines decoded as they came.
    if (checkReplacements) {
      let found = 0;
      for (const cell of cells) if (cell.includes('\uFFFD')) found += countOf(cell, '\uFFFD');
      if (found > 0 && stats.rowsWithReplacementCharacters.length < maxListedRows) {
        stats.rowsWithReplacementCharacters.push(row);
      }
    }
    if (record.line <= escapedUntilLine) {
      const repair = repairRow(row, cells, header);
      if (repair !== undefined) {
        stats.mixedEncodingRows++;
        if (stats.rowsWithMixedEncoding.length < maxListedRows) stats.rowsWithMixedEncoding.push(repair);
      }
    }
    let error: RowProblem | undefined;
    if (cells.length > header.length) {
      // Even when the extra cells are empty, the row is rejected: a value with an unquoted
      // delimiter shifts every later column, and importing it would file a job title as a phone.
      error = {
        row,
        line: record.line,
        code: 'row-too-many-fields',
        reason: `row has ${cells.length} fields, header has ${header.length} (a value probably holds an unquoted "${delimiter === '\t' ? '\\t' : delimiter}")`,
      };
    } else {
      while (cells.length < header.length) cells.push('');
    }
    if (record.oversizedCells !== undefined && error === undefined) {
      const column = record.oversizedCells[0] as number;
      const size = record.oversizedCellChars?.[0] ?? maxCellChars + 1;
      error = {
        row,
        line: record.line,
        code: 'cell-too-large',
        reason:
          `the cell in column "${header[column] ?? column + 1}" holds ${sizeText(size)}, over the limit of ` +
          `${sizeText(maxCellChars)} for one cell: shorten it (or move that text out of the file) and import the file again`,
        field: header[column],
      };
    }
    const result: DelimitedRow = { row, line: record.line, cells };
    if (error !== undefined) {
      stats.rowsWithProblems++;
      result.error = error;
    }
    return result;
  };

  let iterated = false;
  const rows = (): AsyncIterable<DelimitedRow> =>
    iterateBatches({
      start: () => {
        if (iterated) {
          throw new CompoundError({ code: 'invalid-argument', message: `rows() of ${file} can be iterated only once.`, context: { file } });
        }
        iterated = true;
        // The iterator holds the records read with the header; let them go once it moves on.
        pending = [];
      },
      first: pending,
      refill: async (out) => {
        const chunk = await readChunk();
        pushBytes(chunk, out);
        if (chunk === undefined) tokenizer.end(out);
        stats.blankLines = blankLinesAfterHeader();
        return !done;
      },
      map: toRow,
      close: async () => {
        stats.blankLines = blankLinesAfterHeader();
        if (!done) await iterator.return?.();
      },
    });

  stats.blankLines = blankLinesAfterHeader();
  return {
    file,
    encoding,
    delimiter,
    header,
    headerLine: headerRecord.line,
    preamble,
    stats,
    rows,
    warnings: () => collectDelimitedWarnings(stats, encoding),
  };
}

/** Blank lines before `headerLine`: the lines the preamble's records do not take up. */
function blankLinesBefore(headerLine: number, preamble: readonly TokenizedRecord[]): number {
  let recordLines = 0;
  for (const record of preamble) {
    recordLines++;
    // A quoted cell may span lines; `\r` alone ends lines in old Mac files.
    for (const cell of record.cells) recordLines += countOf(cell, '\n') || countOf(cell, '\r');
  }
  return Math.max(0, headerLine - 1 - recordLines);
}

function countOf(text: string, char: string): number {
  let count = 0;
  let index = text.indexOf(char);
  while (index !== -1) {
    count++;
    index = text.indexOf(char, index + 1);
  }
  return count;
}
