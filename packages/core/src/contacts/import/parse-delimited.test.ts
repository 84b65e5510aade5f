import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDelimited, type DelimitedRow, type ReadDelimitedOptions } from './parse-delimited.js';

const fixtures = new URL('./__fixtures__/', import.meta.url);

/** Streams `content` in chunks of `chunkSize` bytes, to exercise chunk boundaries. */
async function* chunked(content: Uint8Array, chunkSize: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < content.length; offset += chunkSize) yield content.subarray(offset, offset + chunkSize);
}

async function read(content: string | Uint8Array, options: ReadDelimitedOptions & { chunkSize?: number } = {}) {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const file = await readDelimited({ stream: chunked(bytes, options.chunkSize ?? 65_536), name: 'test.csv' }, options);
  const rows: DelimitedRow[] = [];
  for await (const row of file.rows()) rows.push(row);
  return { file, rows, cells: rows.map((row) => row.cells) };
}

async function readError(content: string | Uint8Array, options: ReadDelimitedOptions = {}): Promise<unknown> {
  try {
    await read(content, options);
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('readDelimited', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parse-delimited-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reads quoted cells with delimiters, doubled quotes and line breaks', async () => {
    const { file, rows } = await read('Name,Company,Notes\n"Ada","Acme, Inc.","said ""hi""\nthen left"\nBob,Globex,\n');
    expect(file.header).toEqual(['Name', 'Company', 'Notes']);
    expect(rows).toEqual([
      { row: 1, line: 2, cells: ['Ada', 'Acme, Inc.', 'said "hi"\nthen left'] },
      { row: 2, line: 4, cells: ['Bob', 'Globex', ''] },
    ]);
  });

  it('gives the same result for every chunk size, CRLF/LF/CR and with or without a final newline', async () => {
    const base = 'a,b,c\n"x,1","y\n""2""",z\n3,4,5';
    const expected = [['x,1', 'y\n"2"', 'z'], ['3', '4', '5']];
    for (const newline of ['\n', '\r\n', '\r']) {
      const text = base.replaceAll('\n', newline);
      const want = expected.map((cells) => cells.map((cell) => cell.replaceAll('\n', newline)));
      for (const chunkSize of [1, 2, 3, 7, 1000]) {
        expect((await read(text, { chunkSize })).cells).toEqual(want);
        expect((await read(`${text}${newline}`, { chunkSize })).cells).toEqual(want);
      }
      const { rows } = await read(`${text}${newline}`, { chunkSize: 1 });
      expect(rows.map((row) => row.line)).toEqual([2, 4]);
    }
  });

  it('decodes a large chunk in pieces without splitting a character or a quoted cell', async () => {
    // Multi-byte characters and a quoted cell straddle the 64 KiB pieces one large chunk is decoded in.
    const rows = Array.from({ length: 12_000 }, (_, index) => [`Zoë ${index}`, index % 7 === 0 ? '"a,\n😀 b"' : 'Müller €']);
    const text = `name,note\n${rows.map((cells) => cells.join(',')).join('\n')}\n`;
    const want = rows.map(([name, note]) => [name, note?.startsWith('"') === true ? 'a,\n😀 b' : note]);
    const whole = await read(text, { chunkSize: 1 << 30 });
    expect(whole.cells).toEqual(want);
    expect(whole.file.stats.replacementCharacters).toBe(0);
    expect((await read(text, { chunkSize: 65_537 })).cells).toEqual(want);
  });

  it('detects ; tab and | delimiters', async () => {
    expect((await read('name;amount\nAda;1,5\nBob;2,25\n')).file.delimiter).toBe(';');
    expect((await read('name\tcity\nAda\tLondon, UK\n')).file.delimiter).toBe('\t');
    expect((await read('name|city\nAda|London\n')).cells).toEqual([['Ada', 'London']]);
  });

  it("reads Febrl's comma+space separator, trimming unquoted cells", async () => {
    const { file, cells } = await read('rec_id, given_name, surname\nrec-1-org, , waller\nrec-2-org, lachlan, berry\n');
    expect(file.header).toEqual(['rec_id', 'given_name', 'surname']);
    expect(cells).toEqual([['rec-1-org', '', 'waller'], ['rec-2-org', 'lachlan', 'berry']]);
  });

  it("takes Excel's 'sep=;' first line as the delimiter to use, not as the header", async () => {
    const semicolons = await read('sep=;\r\nVorname;Nachname;E-Mail;Firma\r\nJürgen;Müller;jm@siemens.de;Siemens AG\r\n');
    expect(semicolons.file.delimiter).toBe(';');
    expect(semicolons.file.header).toEqual(['Vorname', 'Nachname', 'E-Mail', 'Firma']);
    expect(semicolons.file.headerLine).toBe(2);
    expect(semicolons.rows).toEqual([{ row: 1, line: 3, cells: ['Jürgen', 'Müller', 'jm@siemens.de', 'Siemens AG'] }]);
    // The line names the delimiter even where the content alone would suggest another.
    const commas = await read('"sep=,"\nName,Note\nAda,"a; b; c; d"\nBob,"e; f; g; h"\n');
    expect([commas.file.delimiter, commas.file.header]).toEqual([',', ['Name', 'Note']]);
  });

  it('reads the LinkedIn Connections export after its preamble', async () => {
    const file = await readDelimited({ path: new URL('Connections__six-hops_fixture.csv', fixtures).pathname });
    expect(file.header).toEqual(['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On']);
    expect(file.headerLine).toBe(4);
    expect(file.preamble[0]).toBe('Notes:');
    expect(file.preamble[1]).toMatch(/^When exporting your connection data/);
    const rows: DelimitedRow[] = [];
    for await (const row of file.rows()) rows.push(row);
    expect(rows).toHaveLength(5);
    expect(rows[2]?.cells[4]).toBe('Razorpay Software Pvt Ltd');
    expect(rows[4]).toEqual({ row: 5, line: 9, cells: ['', '', '', '', '', '', '01 Jan 2023'] });
    // The blank line closing the preamble is LinkedIn's format, not a gap in the data.
    expect(file.stats.blankLines).toBe(0);
    expect(file.warnings()).toEqual([]);
  });

  it('counts the blank lines after the header, not those of a preamble', async () => {
    const preamble = 'Notes:\r\n"A paragraph\r\nover two lines"\r\n\r\n\r\n';
    const { file, rows } = await read(`${preamble}First Name,Last Name,URL\r\nAda,Lovelace,x\r\n\r\nGrace,Hopper,y\r\n`, { chunkSize: 7 });
    expect(file.headerLine).toBe(6);
    expect(rows.map((row) => [row.row, row.line])).toEqual([[1, 7], [2, 9]]);
    expect(file.stats.blankLines).toBe(1);
    expect(file.warnings()).toEqual([expect.objectContaining({ code: 'blank-lines', count: 1, message: '1 blank line was skipped.' })]);
  });

  it('reads the LinkedIn export with a BOM and CRLF line ends', async () => {
    const text = (await import('node:fs/promises')).readFile(new URL('Connections__network-jobs_fixture.csv', fixtures), 'utf8');
    const { file, rows } = await read(`\uFEFF${(await text).replaceAll('\n', '\r\n')}`, { chunkSize: 5 });
    expect(file.header[0]).toBe('First Name');
    expect(rows).toHaveLength(10);
    expect(rows[9]?.cells).toEqual(['Grace', 'Zhao', 'https://www.linkedin.com/in/grace', '', 'University of Nowhere', 'Professor', '10 Oct 2024']);
  });

  it('counts blank lines instead of dropping them silently', async () => {
    const { file, rows } = await read('a,b\n\n1,2\n\n\n3,4\n');
    expect(rows.map((row) => [row.row, row.line])).toEqual([[1, 3], [2, 6]]);
    expect(file.stats).toMatchObject({ rows: 2, blankLines: 3 });
  });

  it('reads UTF-16 LE (Outlook) and Windows-1252 files', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('"First Name","City"\r\n"Zoë","München"\r\n', 'utf16le')]);
    const { file, cells } = await read(utf16, { chunkSize: 3 });
    expect(file.encoding).toBe('utf-16le');
    expect(cells).toEqual([['Zoë', 'München']]);
    const cp1252 = await read(Buffer.from('Name,City\nRen\xe9,M\xfcnchen\n', 'latin1'));
    expect(cp1252.file.encoding).toBe('windows-1252');
    expect(cp1252.cells).toEqual([['René', 'München']]);
    // Bytes 0x80-0x9F are Windows-1252's € and typographic quotes, not latin1's control characters,
    // in a file small enough to be read in one piece too.
    const quotes = await read(Buffer.from([...Buffer.from('Name,Note\nRen\xe9,', 'latin1'), 0x93, 0x80, 0x35, 0x94, 0x20, 0x92, 0x96, 0x0a]));
    expect(quotes.file.encoding).toBe('windows-1252');
    expect(quotes.cells).toEqual([['René', '“€5” ’–']]);
  });

  it('reads a line of Windows-1252 in a UTF-8 file as Windows-1252 and names the row and column', async () => {
    // `François` in Windows-1252 (0xE7 for ç) after UTF-8 rows, read in 3-byte chunks to cut sequences.
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('First Name,Last Name,Email\nZoë,Müller,zoe@example.com\n', 'utf8'),
      Buffer.from('Ada,Lovelace,ada@example.com\nPaul,', 'utf8'),
      Buffer.from([0x46, 0x72, 0x61, 0x6e, 0xe7, 0x6f, 0x69, 0x73]),
      Buffer.from(',paul@example.com\n', 'utf8'),
    ]);
    for (const chunkSize of [3, 65_536]) {
      const { file, rows } = await read(bytes, { chunkSize });
      expect(file.encoding).toBe('utf-8');
      expect(file.header).toEqual(['First Name', 'Last Name', 'Email']);
      expect(rows.map((row) => row.cells)).toEqual([
        ['Zoë', 'Müller', 'zoe@example.com'],
        ['Ada', 'Lovelace', 'ada@example.com'],
        ['Paul', 'François', 'paul@example.com'],
      ]);
      expect(file.warnings()).toEqual([
        {
          code: 'mixed-encoding',
          message: "row 3, column Last Name: bytes not valid UTF-8, read as Windows-1252: 'François' (the raw row keeps this text)",
          rows: [3],
          count: 1,
        },
      ]);
    }
  });

  it('decodes each cell of a line that is not valid UTF-8 on its own', async () => {
    // One line: a valid UTF-8 cell (ë), a Windows-1252 cell (é, € as 0x80) and a cell with 0x81,
    // which Windows-1252 leaves undefined: it keeps U+FFFD.
    const bytes = Buffer.concat([
      Buffer.from('Name,City,Note\nZoë,', 'utf8'),
      Buffer.from([0x53, 0xe9, 0x74, 0x65, 0x20, 0x80, 0x2c, 0x61, 0x81, 0x62, 0x0a]),
      Buffer.from('Ada,London,ok\n', 'utf8'),
    ]);
    const { file, rows } = await read(bytes, { chunkSize: 5 });
    expect(rows.map((row) => row.cells)).toEqual([
      ['Zoë', 'Séte €', 'a\uFFFDb'],
      ['Ada', 'London', 'ok'],
    ]);
    expect(file.warnings()).toEqual([
      expect.objectContaining({
        code: 'mixed-encoding',
        rows: [1],
        message:
          "row 1, column City: bytes not valid UTF-8, read as Windows-1252: 'Séte €' (the raw row keeps this text); " +
          'column Note: bytes valid neither as UTF-8 nor as Windows-1252 text, 1 character replaced by "\uFFFD" (also in the raw row); re-export the file as UTF-8 to keep them',
      }),
    ]);
  });

  it('gives one warning for one cell: a cell with a stray byte and a U+FFFD the file holds counts only the byte it replaced', async () => {
    // `Café` in Windows-1252, 0x81 (undefined there) and an U+FFFD already in the file (EF BF BD).
    const bytes = Buffer.concat([Buffer.from('Name,Company\nBob Roe,Caf', 'utf8'), Buffer.from([0xe9, 0x20, 0x81, 0x20, 0xef, 0xbf, 0xbd, 0x0a]), Buffer.from('Ann Lee,R\uFFFDsum\n', 'utf8')]);
    const { file, rows } = await read(bytes);
    expect(rows[0]?.cells[1]).toBe('Caf\uFFFD \uFFFD \uFFFD');
    expect(file.warnings()).toEqual([
      expect.objectContaining({
        code: 'mixed-encoding',
        rows: [1],
        message: 'row 1, column Company: bytes valid neither as UTF-8 nor as Windows-1252 text, 2 characters replaced by "\uFFFD" (also in the raw row); re-export the file as UTF-8 to keep them',
      }),
      // The other row's U+FFFD, in a valid line: said as before, and only it.
      expect.objectContaining({ code: 'replacement-characters', count: 1, rows: [2] }),
    ]);
  });

  it('reads a quoted cell spanning a valid line and a Windows-1252 line, and such a line past the encoding sample', async () => {
    const spanning = Buffer.concat([Buffer.from('Name,Note\nAda,"é\n', 'utf8'), Buffer.from([0xe9, 0x22, 0x0a])]);
    expect((await read(spanning, { chunkSize: 4 })).cells).toEqual([['Ada', 'é\né']]);
    const late = Buffer.concat([Buffer.from(`Name,City\n${'Ada,London\n'.repeat(7000)}`), Buffer.from('Ren\xe9,Paris\n', 'latin1')]);
    const { file, rows } = await read(late);
    expect(file.encoding).toBe('utf-8');
    expect(rows[7000]?.cells).toEqual(['René', 'Paris']);
    expect(file.warnings().map((warning) => warning.message)).toEqual([
      "row 7001, column Name: bytes not valid UTF-8, read as Windows-1252: 'René' (the raw row keeps this text)",
    ]);
  });

  it('keeps a U+FFFD that the UTF-8 file itself holds, with the rows', async () => {
    const { file, rows } = await read('Name,City\nZoë,Berlin\nRen\uFFFD,Paris\n');
    expect(rows[1]?.cells[0]).toBe('Ren\uFFFD');
    expect(file.warnings()).toEqual([expect.objectContaining({ code: 'replacement-characters', count: 1, rows: [2] })]);
  });

  it('keeps formulas verbatim', async () => {
    const { cells } = await read('Name,Link\nAda,"=HYPERLINK(""http://x"",""y"")"\n');
    expect(cells[0]?.[1]).toBe('=HYPERLINK("http://x","y")');
  });

  it('accepts a file with only a header', async () => {
    const { file, rows } = await read('First Name,Email\n');
    expect(file.header).toEqual(['First Name', 'Email']);
    expect(rows).toEqual([]);
  });

  it('rejects an empty file', async () => {
    expect(await readError('')).toMatchObject({ code: 'file-empty', context: { file: 'test.csv' } });
    expect(await readError('\n\r\n  \n')).toMatchObject({ code: 'file-empty' });
  });

  it('rejects a binary file', async () => {
    expect(await readError(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]))).toMatchObject({ code: 'file-binary' });
  });

  it('rejects a file without a header row, telling the user to add one', async () => {
    const error = await readError('ada@example.com,Ada,Lovelace,+44 20 7946 0000\nbob@example.com,Bob,Lee,555-0100\n');
    expect(error).toMatchObject({ code: 'file-no-header', context: { file: 'test.csv', line: 1 } });
    expect((error as Error).message).toMatch(/Add a header row/);
    expect(await readError('1,2,3\n4,5,6\n')).toMatchObject({ code: 'file-no-header' });
  });

  it('flags rows with more cells than the header, and pads shorter ones', async () => {
    const { rows, file } = await read('a,b,c,d,e,f,g\n1,2,3,4,5,6,7,8,9\n1,2\n1,2,3,4,5,6,7,,\n');
    expect(rows[0]).toEqual({
      row: 1,
      line: 2,
      cells: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
      error: { row: 1, line: 2, code: 'row-too-many-fields', reason: 'row has 9 fields, header has 7 (a value probably holds an unquoted ",")' },
    });
    expect(rows[1]?.cells).toEqual(['1', '2', '', '', '', '', '']);
    expect(rows[1]?.error).toBeUndefined();
    // Empty extra cells still mean a shifted row: rejected, not trimmed.
    expect(rows[2]?.error).toMatchObject({ code: 'row-too-many-fields', reason: expect.stringMatching(/^row has 9 fields, header has 7/) });
    expect(file.stats.rowsWithProblems).toBe(2);
  });

  it('reports an unterminated quote with the line where it opened', async () => {
    const small = 'a,b\n1,2\n3,"oops\n5,6\n7,8\n';
    expect(await readError(small)).toMatchObject({ code: 'file-unterminated-quote', context: { file: 'test.csv', line: 3 } });
    const many = `a,b\n1,"open\n${'x,y\n'.repeat(200)}`;
    const error = await readError(many, { maxQuotedLines: 100 });
    expect(error).toMatchObject({ code: 'file-unterminated-quote', context: { line: 2 } });
    expect((error as Error).message).toMatch(/line 2/);
  });

  it('stops an unterminated quote in a large file before the end, at the line limit', async () => {
    const path = join(folder, 'unterminated.csv');
    await writeFile(path, `a,b\n${'1,2\n'.repeat(30_000)}3,"never closed\n${'4,5\n'.repeat(20_000)}`);
    const file = await readDelimited({ path }, { chunkBytes: 4096 });
    let seen = 0;
    await expect(async () => {
      for await (const _ of file.rows()) seen++;
    }).rejects.toMatchObject({
      code: 'file-unterminated-quote',
      context: { line: 30_002 },
      message: expect.stringContaining('more than 10000 lines later'),
    });
    expect(seen).toBe(30_000);
  });

  it('rejects 5,000 columns', async () => {
    const header = Array.from({ length: 5000 }, (_, index) => `c${index}`).join(',');
    const error = await readError(`${header}\n`);
    expect(error).toMatchObject({ code: 'file-too-many-columns', context: { line: 1 } });
    // The CLI user cannot pass an option: the fix named is one they can make.
    expect((error as Error).message).toMatch(/more than 1000 columns .*line 1: check the delimiter, or delete the columns you do not need/);
    expect((error as Error).message).not.toMatch(/maxColumns/);
    expect((await read(`${header}\n`, { maxColumns: 6000 })).file.header).toHaveLength(5000);
  });

  it('drops a 50 MB cell with a row problem, keeping memory bounded', async () => {
    const path = join(folder, 'big-cell.csv');
    const out = createWriteStream(path);
    out.write('name,notes\nAda,');
    const block = 'x'.repeat(1024 * 1024);
    for (let index = 0; index < 50; index++) if (!out.write(block)) await once(out, 'drain');
    out.write('\nBob,"quoted ');
    for (let index = 0; index < 3; index++) if (!out.write(block)) await once(out, 'drain');
    out.end('"\nCarol,fine\n');
    await once(out, 'finish');
    const before = process.memoryUsage().heapUsed;
    const file = await readDelimited({ path });
    const rows: DelimitedRow[] = [];
    let peak = 0;
    for await (const row of file.rows()) {
      rows.push(row);
      peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }
    expect(rows.map((row) => [row.cells[0], row.cells[1], row.error?.code])).toEqual([
      ['Ada', '', 'cell-too-large'],
      ['Bob', '', 'cell-too-large'],
      ['Carol', 'fine', undefined],
    ]);
    expect(rows[0]?.error).toMatchObject({ row: 1, line: 2, field: 'notes' });
    // What the user reads: the cell's size, the limit and what to do, never an internal option name.
    expect(rows[0]?.error?.reason).toBe(
      'the cell in column "notes" holds 52,428,800 characters (50 MB), over the limit of 1,048,576 characters (1 MB) for one cell: ' +
        'shorten it (or move that text out of the file) and import the file again',
    );
    expect(rows[1]?.error?.reason).toMatch(/^the cell in column "notes" holds 3,145,735 characters \(3 MB\), over the limit/);
    expect(peak).toBeLessThan(40 * 1024 * 1024);
  });

  it('reads every data set in ../shared/data/dedup (when present) with the documented counts', async () => {
    const root = new URL('../../../../../../shared/data/dedup/', import.meta.url);
    const { existsSync } = await import('node:fs');
    if (!existsSync(root)) return;
    const count = async (name: string) => {
      const file = await readDelimited({ path: new URL(name, root).pathname });
      let rows = 0;
      for await (const row of file.rows()) if (row.error === undefined) rows++;
      return { rows, header: file.header };
    };
    expect((await count('febrl/febrl_dataset1.csv')).rows).toBe(1000);
    expect((await count('febrl/febrl_dataset2.csv')).header[10]).toBe('soc_sec_id');
    expect((await count('splink-fake-1000/fake_1000.csv')).rows).toBe(1000);
    expect((await count('dedupe-csv-example/csv_example_messy_input.csv')).rows).toBe(3337);
  });

  it('can be iterated only once', async () => {
    const file = await readDelimited({ stream: chunked(Buffer.from('a\n1\n'), 10), name: 'x.csv' });
    for await (const _ of file.rows()) void _;
    await expect(async () => {
      for await (const _ of file.rows()) void _;
    }).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('refuses a second iteration without stopping the first one', async () => {
    const text = `n\n${Array.from({ length: 40_000 }, (_, index) => index).join('\n')}\n`;
    const file = await readDelimited({ stream: chunked(Buffer.from(text), 4096), name: 'x.csv' });
    const rows = file.rows()[Symbol.asyncIterator]();
    await rows.next();
    await expect(async () => {
      for await (const _ of file.rows()) void _;
    }).rejects.toMatchObject({ code: 'invalid-argument' });
    let rest = 0;
    while (!(await rows.next()).done) rest += 1;
    expect(rest).toBe(39_999);
  });

  it('reports a missing file', async () => {
    const path = join(folder, 'nope.csv');
    await expect(readDelimited({ path })).rejects.toMatchObject({ code: 'file-not-found', message: `${path} does not exist: check the path` });
  });

  it('reports a directory passed as the file', async () => {
    await expect(readDelimited({ path: folder })).rejects.toMatchObject({
      code: 'invalid-argument',
      message: `${folder} is a folder, not a file: pass the file itself`,
    });
  });
});
