import { CompoundError } from '../../errors/index.js';

/** Text encodings the import reader decodes (names as Node's `TextDecoder` accepts them). */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** What `detectEncoding` found in the first bytes of a file. */
export interface DetectedEncoding {
  /** Encoding to decode the whole file with. */
  encoding: TextEncodingName;
  /** Bytes of byte-order mark at the start (0 when none). `TextDecoder` strips it by itself. */
  bomLength: number;
  /** Why this encoding was chosen, for logs and reports. */
  reason: string;
}

/** Largest sample `detectEncoding` looks at: 64 KiB. */
export const encodingSampleBytes = 64 * 1024;

/** Share of control bytes (other than tab, LF, CR, FF, ESC) above which a file is binary. */
const maxControlShare = 0.1;

/**
 * Detects the text encoding of a file from its first bytes (up to 64 KiB): UTF-8 with or without
 * BOM, UTF-16 LE/BE (BOM, or the zero-byte pattern Outlook writes without one), and Windows-1252
 * when the bytes are not valid UTF-8. Throws CompoundError `file-binary` for NUL bytes in a
 * non-UTF-16 file or a high share of control characters.
 *
 * A sample with valid multi-byte UTF-8 sequences *and* some invalid bytes is reported as UTF-8
 * (a UTF-8 file with stray Windows-1252 bytes): the reader then decodes each cell whose bytes are
 * not valid UTF-8 as Windows-1252 when that gives printable text, or with U+FFFD, and reports the
 * row and column (see `Utf8FallbackDecoder`).
 *
 * @param sample the first bytes of the file (more than 64 KiB is ignored).
 * @param options.file the file name, for error context.
 * @example
 * detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { encoding: 'utf-8', bomLength: 3, ... }
 */
export function detectEncoding(sample: Uint8Array, options: { file?: string } = {}): DetectedEncoding {
  const bytes = sample.length > encodingSampleBytes ? sample.subarray(0, encodingSampleBytes) : sample;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', bomLength: 3, reason: 'UTF-8 byte-order mark' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { encoding: 'utf-16le', bomLength: 2, reason: 'UTF-16 LE byte-order mark' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { encoding: 'utf-16be', bomLength: 2, reason: 'UTF-16 BE byte-order mark' };
  }

  const utf16 = detectUtf16ByZeroPattern(bytes);
  if (utf16 !== undefined) return { encoding: utf16, bomLength: 0, reason: `zero-byte pattern of ${utf16}` };

  assertText(bytes, options.file);

  const { invalid, multiByte } = scanUtf8(bytes);
  if (invalid === 0) return { encoding: 'utf-8', bomLength: 0, reason: 'valid UTF-8' };
  if (multiByte > 0) {
    return { encoding: 'utf-8', bomLength: 0, reason: `UTF-8 with ${invalid} invalid byte sequences` };
  }
  return { encoding: 'windows-1252', bomLength: 0, reason: 'not valid UTF-8; read as Windows-1252' };
}

/**
 * UTF-16 text of mostly ASCII has a zero in every other byte: at odd offsets for LE, even for BE.
 */
function detectUtf16ByZeroPattern(bytes: Uint8Array): TextEncodingName | undefined {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function assertText(bytes: Uint8Array, file: string | undefined): void {
  let controls = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] as number;
    if (byte === 0) {
      throw new CompoundError({
        code: 'file-binary',
        message: `${file ?? 'The file'} contains NUL bytes at byte ${index}: it looks binary, not a CSV. Export it as CSV (comma- or tab-separated text) and try again.`,
        context: { file },
      });
    }
    // Tab, LF, FF, CR and ESC occur in real text exports; other C0 controls and DEL do not.
    if ((byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13 && byte !== 27) || byte === 0x7f) {
      controls++;
    }
  }
  if (bytes.length > 0 && controls / bytes.length > maxControlShare) {
    throw new CompoundError({
      code: 'file-binary',
      message: `${file ?? 'The file'} has ${controls} control characters in its first ${bytes.length} bytes: it looks binary, not a CSV. Export it as CSV and try again.`,
      context: { file },
    });
  }
}

/** Counts invalid and valid multi-byte UTF-8 sequences; a sequence cut by the sample's end is ignored. */
function scanUtf8(bytes: Uint8Array): { invalid: number; multiByte: number } {
  let invalid = 0;
  let multiByte = 0;
  let index = 0;
  const length = bytes.length;
  while (index < length) {
    const byte = bytes[index] as number;
    if (byte < 0x80) {
      index++;
      continue;
    }
    let needed: number;
    let min: number;
    if (byte >= 0xc2 && byte <= 0xdf) {
      needed = 1;
      min = 0x80;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      needed = 2;
      min = 0x800;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      needed = 3;
      min = 0x10000;
    } else {
      invalid++;
      index++;
      continue;
    }
    if (index + needed >= length) break;
    let codePoint = byte & (0x3f >> needed);
    let ok = true;
    for (let offset = 1; offset <= needed; offset++) {
      const next = bytes[index + offset] as number;
      if ((next & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (ok && codePoint >= min && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff)) {
      multiByte++;
      index += needed + 1;
    } else {
      invalid++;
      index++;
    }
  }
  return { invalid, multiByte };
}
