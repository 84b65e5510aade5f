import { isUtf8 } from 'node:buffer';

/** How `repairCell` read a cell that held bytes which are not valid UTF-8. */
export interface RepairedCell {
  /** The cell's text as decoded. */
  text: string;
  /**
   * `utf-8`: the cell itself was valid (another cell of its piece was not); `windows-1252`: read
   * as Windows-1252 because every byte maps to a printable character; `replaced`: neither reading
   * is clean, invalid bytes became U+FFFD.
   */
  reading: 'utf-8' | 'windows-1252' | 'replaced';
  /** U+FFFD characters the decoding put in for invalid bytes (not those the file itself held); 0 unless `replaced`. */
  replaced: number;
}

/**
 * The first code point of the escapes standing for bytes 0x80-0xFF of a piece that is not valid
 * UTF-8: lone low surrogates, which `TextDecoder` never yields (Python's `surrogateescape`).
 */
const escapeBase = 0xdc00;
const escapedByte = /[\uDC80-\uDCFF]/;
const escapedBytes = /[\uDC80-\uDCFF]/g;
const highByte = /[\x80-\xFF]/g;
/** A character that is neither ASCII nor an escape: text decoded from a valid line. */
const decodedNonAscii = /[\u0080-\uDC7F\uDD00-\uFFFF]/;

/** One decoder for the cells repaired (stateless: each `decode` call is whole). */
const utf8Text = new TextDecoder('utf-8');

/** Windows-1252 at 0x80-0x9F (0xA0-0xFF is Latin-1); NUL where it leaves the byte undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
const windows1252High = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

/**
 * Decodes a UTF-8 stream piece by piece, keeping the bytes of a piece that is not valid UTF-8:
 * such a piece is returned with every byte >= 0x80 as an escape (U+DC80-U+DCFF), so the tokenizer
 * splits it into cells exactly as it would the decoded text (delimiters, quotes and line breaks are
 * ASCII) and `repairCell` can then decode each cell on its own. Valid pieces, the usual case, cost one
 * `isUtf8` scan more than a plain `TextDecoder`.
 */
export class Utf8FallbackDecoder {
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  private carry: Uint8Array | undefined;
  private first = true;
  /** Pieces returned with escapes so far. */
  escapedPieces = 0;

  /** Decodes the next bytes; a sequence cut by the end of `bytes` waits for the next call. */
  decode(bytes: Uint8Array): string {
    let piece = this.carry === undefined ? bytes : Buffer.concat([this.carry, bytes]);
    this.carry = undefined;
    if (this.first && piece.length > 0) {
      if (piece.length < 3 && piece[0] === 0xef) {
        this.carry = Uint8Array.from(piece);
        return '';
      }
      this.first = false;
      if (piece[0] === 0xef && piece[1] === 0xbb && piece[2] === 0xbf) piece = piece.subarray(3);
    }
    const cut = incompleteTailStart(piece);
    if (cut < piece.length) {
      this.carry = Uint8Array.from(piece.subarray(cut));
      piece = piece.subarray(0, cut);
    }
    return this.decodePiece(piece);
  }

  /** Decodes what is left at the end of the input. */
  end(): string {
    const rest = this.carry;
    this.carry = undefined;
    return rest === undefined ? '' : this.decodePiece(rest);
  }

  private decodePiece(piece: Uint8Array): string {
    if (isUtf8(piece)) return this.decoder.decode(piece);
    this.escapedPieces++;
    // Only the lines that are not valid UTF-8 are escaped, so that only their cells are decoded anew.
    const bytes = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    let text = '';
    for (let start = 0; start < bytes.length; ) {
      const newline = bytes.indexOf(0x0a, start);
      const end = newline === -1 ? bytes.length : newline + 1;
      const line = bytes.subarray(start, end);
      text += isUtf8(line) ? this.decoder.decode(line) : escapeBytes(line);
      start = end;
    }
    return text;
  }
}

/** `bytes` as text, every byte >= 0x80 as its escape. */
function escapeBytes(bytes: Buffer): string {
  return bytes.toString('latin1').replace(highByte, (char) => String.fromCharCode(escapeBase + char.charCodeAt(0)));
}

/** Whether `text` holds escaped bytes of a piece that was not valid UTF-8. */
export function hasEscapedBytes(text: string): boolean {
  return escapedByte.test(text);
}

/**
 * Decodes a cell holding escaped bytes, each of its lines on its own: as UTF-8 when the line's
 * bytes are valid, else as Windows-1252 when every byte maps to a printable character (tab and CR
 * allowed), else as UTF-8 with U+FFFD for the invalid bytes.
 */
export function repairCell(cell: string): RepairedCell {
  // A quoted cell spanning lines is decoded line by line: only some of its lines may be Windows-1252.
  if (cell.includes('\n')) {
    const lines = cell.split('\n').map(repairLine);
    const reading = lines.some((line) => line.reading === 'replaced') ? 'replaced' : lines.some((line) => line.reading === 'windows-1252') ? 'windows-1252' : 'utf-8';
    return { text: lines.map((line) => line.text).join('\n'), reading, replaced: lines.reduce((sum, line) => sum + line.replaced, 0) };
  }
  return repairLine(cell);
}

function repairLine(cell: string): RepairedCell {
  if (!hasEscapedBytes(cell)) return { text: cell, reading: 'utf-8', replaced: 0 };
  const bytes = cellBytes(cell);
  if (isUtf8(bytes)) return { text: utf8Text.decode(bytes), reading: 'utf-8', replaced: 0 };
  const windows1252 = decodeWindows1252(bytes);
  if (windows1252 !== undefined) return { text: windows1252, reading: 'windows-1252', replaced: 0 };
  const text = utf8Text.decode(bytes);
  // A U+FFFD the file holds (EF BF BD) decodes as itself: only the others stand for invalid bytes.
  return { text, reading: 'replaced', replaced: countOf(text, '\uFFFD') - countOf(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), '\u00ef\u00bf\u00bd') };
}

function countOf(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

/** The bytes a cell was read from: escapes give their byte back, other text is UTF-8 encoded. */
function cellBytes(cell: string): Uint8Array {
  // A cell within one escaped line is ASCII and escapes only; one spanning lines may hold decoded text.
  if (!decodedNonAscii.test(cell)) {
    return Buffer.from(cell.replace(escapedBytes, (char) => String.fromCharCode(char.charCodeAt(0) - escapeBase)), 'latin1');
  }
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (const char of cell) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else if (code >= escapeBase + 0x80 && code <= escapeBase + 0xff) bytes.push(code - escapeBase);
    else bytes.push(...encoder.encode(char));
  }
  return Uint8Array.from(bytes);
}

/** Length of the well-formed UTF-8 sequence of two or more bytes at `at` (RFC 3629), or 0. */
function utf8SequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at] ?? 0;
  const continuation = (offset: number, low = 0x80, high = 0xbf): boolean => {
    const byte = bytes[at + offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return continuation(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const second = lead === 0xe0 ? continuation(1, 0xa0) : lead === 0xed ? continuation(1, 0x80, 0x9f) : continuation(1);
    return second && continuation(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const second = lead === 0xf0 ? continuation(1, 0x90) : lead === 0xf4 ? continuation(1, 0x80, 0x8f) : continuation(1);
    return second && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Text of `bytes` read as Windows-1252, except that well-formed UTF-8 sequences stay UTF-8: a line
 * edited in two tools (`Jürgen` saved as UTF-8, `Weiß` typed in Windows-1252) keeps both (text in
 * Windows-1252 alone almost never holds such a sequence: `Ã©`). Undefined when a byte outside a
 * sequence is a control character or undefined in Windows-1252.
 */
function decodeWindows1252(bytes: Uint8Array): string | undefined {
  let text = '';
  for (let at = 0; at < bytes.length; at++) {
    const byte = bytes[at] as number;
    const sequence = byte >= 0xc2 ? utf8SequenceLength(bytes, at) : 0;
    if (sequence > 0) {
      text += utf8Text.decode(bytes.subarray(at, at + sequence));
      at += sequence - 1;
      continue;
    }
    if (byte < 0x20) {
      if (byte !== 9 && byte !== 10 && byte !== 13) return undefined;
      text += String.fromCharCode(byte);
    } else if (byte === 0x7f) {
      return undefined;
    } else if (byte >= 0x80 && byte <= 0x9f) {
      const char = windows1252High[byte - 0x80] as string;
      if (char === '\u0000') return undefined;
      text += char;
    } else {
      text += String.fromCharCode(byte);
    }
  }
  return text;
}

/** Start of a UTF-8 sequence cut by the end of `bytes` (its length when none is). */
function incompleteTailStart(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let index = length - 1; index >= 0 && index >= length - 3; index--) {
    const byte = bytes[index] as number;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte < 0xc0) return length;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return length - index < needed ? index : length;
  }
  return length;
}

/** The cells of one data row that were not valid UTF-8, and how each was read. */
export interface RowRepair {
  /** 1-based data row number. */
  row: number;
  /** Header names (or 1-based column numbers) of the cells read as Windows-1252, with their text. */
  windows1252: { column: string; text: string }[];
  /** Header names (or 1-based column numbers) of the cells left with U+FFFD, and how many each got for invalid bytes. */
  replaced: { column: string; count: number }[];
}

/**
 * Decodes, in place, the cells of `cells` holding escaped bytes; returns what was done, or
 * undefined when every such cell was valid UTF-8 on its own.
 */
export function repairRow(row: number, cells: string[], header: readonly string[]): RowRepair | undefined {
  let repair: RowRepair | undefined;
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index] as string;
    if (!hasEscapedBytes(cell)) continue;
    const { text, reading, replaced } = repairCell(cell);
    cells[index] = text;
    if (reading === 'utf-8') continue;
    repair ??= { row, windows1252: [], replaced: [] };
    const column = header[index] || String(index + 1);
    if (reading === 'windows-1252') repair.windows1252.push({ column, text });
    else repair.replaced.push({ column, count: replaced });
  }
  return repair;
}

/**
 * One line for the report, e.g. `row 12, column Last Name: bytes not valid UTF-8, read as
 * Windows-1252: 'François' (kept so in the raw row)`.
 */
export function describeRowRepair(repair: RowRepair): string {
  const parts: string[] = [];
  const columns = (names: readonly string[]) => `${names.length === 1 ? 'column' : 'columns'} ${names.join(', ')}`;
  if (repair.windows1252.length > 0) {
    parts.push(
      `${columns(repair.windows1252.map((cell) => cell.column))}: bytes not valid UTF-8, read as Windows-1252: ` +
        `${repair.windows1252.map((cell) => `'${cell.text}'`).join(', ')} (the raw row keeps this text)`,
    );
  }
  if (repair.replaced.length > 0) {
    const count = repair.replaced.reduce((sum, cell) => sum + cell.count, 0);
    parts.push(
      `${columns(repair.replaced.map((cell) => cell.column))}: bytes valid neither as UTF-8 nor as Windows-1252 text, ` +
        `${count === 1 ? '1 character' : `${count} characters`} replaced by "\uFFFD" (also in the raw row); re-export the file as UTF-8 to keep them`,
    );
  }
  return `row ${repair.row}, ${parts.join('; ')}`;
}
