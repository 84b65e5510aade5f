import { CompoundError } from '../../errors/index.js';

/** One record as the tokenizer found it, before header alignment. */
export interface TokenizedRecord {
  /** Cell values; quoted cells without their quotes, doubled quotes undone. */
  cells: string[];
  /** 1-based physical line where the record starts. */
  line: number;
  /** Indexes of cells larger than `maxCellChars`; their value is replaced by ''. */
  oversizedCells?: number[];
  /** The size of each cell of `oversizedCells`, in UTF-16 code units (counted, never buffered). */
  oversizedCellChars?: number[];
}

/** Settings of a `DelimitedTokenizer`. */
export interface DelimitedTokenizerOptions {
  /** One-character field separator. */
  delimiter: string;
  /** Trim spaces around unquoted cells and before an opening quote (Febrl's `", "` separator). */
  trimUnquoted: boolean;
  /** More cells than this in one record throws `file-too-many-columns`. */
  maxColumns: number;
  /** Cells longer than this (UTF-16 code units) are dropped and reported, never buffered whole. */
  maxCellChars: number;
  /** A quoted cell spanning more lines than this throws `file-unterminated-quote`. */
  maxQuotedLines: number;
  /** Count lone CR as the line break (old Mac files); otherwise lines are counted by LF. */
  carriageReturnLines: boolean;
  /** File name for error context. */
  file?: string;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const AFTER_QUOTE = 3;
const AFTER_CR = 4;

/**
 * A resumable RFC 4180 state machine over string chunks: quoted cells with delimiters, doubled
 * quotes and line breaks; CRLF, LF or CR line ends; chunk boundaries anywhere. It scans with
 * `indexOf` and caches the next delimiter and line-break positions, so each chunk is scanned in
 * linear time. Blank lines are counted in `blankLines` and not emitted.
 */
export class DelimitedTokenizer {
  /** Blank lines skipped so far. */
  blankLines = 0;
  private readonly options: DelimitedTokenizerOptions;
  private readonly delimiterCode: number;
  private state = FIELD_START;
  private cells: string[] = [];
  private part = '';
  private partChars = 0;
  private oversized: number[] | undefined;
  private oversizedChars: number[] | undefined;
  /** Size of the cell `take` returned last (counted past `maxCellChars` too). */
  private takenChars = 0;
  private cellOversized = false;
  private recordQuoted = false;
  private line = 1;
  private recordLine = 1;
  private quoteLine = 0;
  private quoteLines = 0;

  constructor(options: DelimitedTokenizerOptions) {
    this.options = options;
    this.delimiterCode = options.delimiter.charCodeAt(0);
  }

  /** Physical lines seen so far (1-based line of the current position). */
  get currentLine(): number {
    return this.line;
  }

  /** Tokenizes one chunk of text, appending completed records to `out`. */
  push(text: string, out: TokenizedRecord[]): void {
    const delimiter = this.options.delimiter;
    const delimiterCode = this.delimiterCode;
    const trim = this.options.trimUnquoted;
    const length = text.length;
    let position = 0;
    let nextDelimiter = -2;
    let nextLf = -2;
    let nextCr = -2;
    while (position < length) {
      const state = this.state;
      if (state === FIELD_START || state === UNQUOTED) {
        if (state === FIELD_START) {
          if (trim) {
            while (position < length && text.charCodeAt(position) === SPACE) position++;
            if (position >= length) break;
          }
          if (text.charCodeAt(position) === QUOTE) {
            this.state = QUOTED;
            this.recordQuoted = true;
            this.quoteLine = this.line;
            this.quoteLines = 0;
            position++;
            continue;
          }
          this.state = UNQUOTED;
        }
        if (nextDelimiter !== -1 && nextDelimiter < position) nextDelimiter = text.indexOf(delimiter, position);
        if (nextLf !== -1 && nextLf < position) nextLf = text.indexOf('\n', position);
        if (nextCr !== -1 && nextCr < position) nextCr = text.indexOf('\r', position);
        let end = nextDelimiter;
        if (nextLf !== -1 && (end === -1 || nextLf < end)) end = nextLf;
        if (nextCr !== -1 && (end === -1 || nextCr < end)) end = nextCr;
        if (end === -1) {
          this.append(text.slice(position));
          break;
        }
        let value =
          this.partChars === 0 && !this.cellOversized ? text.slice(position, end) : this.take(text.slice(position, end));
        if (trim) value = value.trim();
        this.pushCell(value);
        const terminator = text.charCodeAt(end);
        position = end + 1;
        if (terminator === delimiterCode) this.state = FIELD_START;
        else this.endRecord(out, terminator === CR);
      } else if (state === QUOTED) {
        const quote = text.indexOf('"', position);
        const segment = quote === -1 ? text.slice(position) : text.slice(position, quote);
        this.countQuotedLines(segment);
        this.append(segment);
        if (quote === -1) break;
        position = quote + 1;
        this.state = AFTER_QUOTE;
      } else if (state === AFTER_QUOTE) {
        const code = text.charCodeAt(position);
        if (code === QUOTE) {
          this.append('"');
          this.state = QUOTED;
          position++;
        } else if (code === delimiterCode) {
          this.pushCell(this.take(''));
          this.state = FIELD_START;
          position++;
        } else if (code === LF || code === CR) {
          this.pushCell(this.take(''));
          position++;
          this.endRecord(out, code === CR);
        } else {
          // Text after a closing quote (`"a"b`): keep it, as spreadsheet apps do.
          this.state = UNQUOTED;
        }
      } else {
        if (text.charCodeAt(position) === LF) position++;
        this.state = FIELD_START;
      }
    }
  }

  /** Finishes the input: completes a last record without a line break, or throws on an open quote. */
  end(out: TokenizedRecord[]): void {
    if (this.state === QUOTED) this.throwUnterminated('the end of the file');
    if (this.state === UNQUOTED || this.state === AFTER_QUOTE) {
      let value = this.take('');
      if (this.options.trimUnquoted && this.state === UNQUOTED) value = value.trim();
      this.pushCell(value);
      this.endRecord(out, false);
    } else if (this.state === FIELD_START && this.cells.length > 0) {
      this.pushCell('');
      this.endRecord(out, false);
    }
    this.state = FIELD_START;
  }

  private append(segment: string): void {
    this.partChars += segment.length;
    if (this.cellOversized) return;
    if (this.partChars > this.options.maxCellChars) {
      // Drop the content: memory stays bounded however large the cell is.
      this.cellOversized = true;
      this.part = '';
      return;
    }
    this.part = this.part === '' ? segment : this.part + segment;
  }

  private take(rest: string): string {
    this.append(rest);
    const value = this.part;
    this.part = '';
    this.takenChars = this.partChars;
    this.partChars = 0;
    return value;
  }

  private pushCell(value: string): void {
    const cells = this.cells;
    if (this.cellOversized) {
      (this.oversized ??= []).push(cells.length);
      (this.oversizedChars ??= []).push(this.takenChars);
      this.cellOversized = false;
    }
    cells.push(value);
    if (cells.length > this.options.maxColumns) {
      throw new CompoundError({
        code: 'file-too-many-columns',
        // Library callers can raise the limit (`maxColumns` of readDelimited); a CLI user can only fix the file.
        message: `${this.fileLabel()} has more than ${this.options.maxColumns} columns in the record starting on line ${this.recordLine}: check the delimiter, or delete the columns you do not need and try again.`,
        context: { file: this.options.file, line: this.recordLine },
      });
    }
  }

  private endRecord(out: TokenizedRecord[], byCarriageReturn: boolean): void {
    const cells = this.cells;
    if (cells.length === 1 && cells[0] === '' && !this.recordQuoted) {
      this.blankLines++;
    } else {
      const record: TokenizedRecord = { cells, line: this.recordLine };
      if (this.oversized !== undefined) record.oversizedCells = this.oversized;
      if (this.oversizedChars !== undefined) record.oversizedCellChars = this.oversizedChars;
      out.push(record);
    }
    this.cells = [];
    this.oversized = undefined;
    this.oversizedChars = undefined;
    this.recordQuoted = false;
    this.line++;
    this.recordLine = this.line;
    this.state = byCarriageReturn ? AFTER_CR : FIELD_START;
  }

  private countQuotedLines(segment: string): void {
    const lineBreak = this.options.carriageReturnLines ? '\r' : '\n';
    let index = segment.indexOf(lineBreak);
    if (index === -1) return;
    while (index !== -1) {
      this.line++;
      this.quoteLines++;
      index = segment.indexOf(lineBreak, index + 1);
    }
    // A quoted cell that runs over many lines, or over the cell limit across lines, is almost
    // always a quote that was never closed: it would swallow the rest of the file.
    if (this.quoteLines > this.options.maxQuotedLines) this.throwUnterminated(`more than ${this.options.maxQuotedLines} lines later`);
    if (this.cellOversized || this.partChars + segment.length > this.options.maxCellChars) {
      this.throwUnterminated(`more than ${this.options.maxCellChars} characters later`);
    }
  }

  private throwUnterminated(where: string): never {
    throw new CompoundError({
      code: 'file-unterminated-quote',
      message: `${this.fileLabel()}: a quote opened on line ${this.quoteLine} is still open at ${where}. Close the quote (or double a quote inside a quoted cell as "") and try again.`,
      context: { file: this.options.file, line: this.quoteLine },
    });
  }

  private fileLabel(): string {
    return this.options.file ?? 'The file';
  }
}
