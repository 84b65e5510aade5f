import { describe, expect, it } from 'vitest';
import { CompoundError } from '../../errors/index.js';
import { detectEncoding } from './detect-encoding.js';

const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => utf16le(text).swap16();

describe('detectEncoding', () => {
  it('detects UTF-8 with and without BOM', () => {
    expect(detectEncoding(Buffer.from('\uFEFFName,Email\nZoë,z@example.com\n'))).toMatchObject({ encoding: 'utf-8', bomLength: 3 });
    expect(detectEncoding(Buffer.from('Name,Email\nZoë,z@example.com\n'))).toMatchObject({ encoding: 'utf-8', bomLength: 0 });
  });

  it('detects UTF-16 LE and BE from the BOM', () => {
    expect(detectEncoding(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le('Name\n')]))).toMatchObject({ encoding: 'utf-16le', bomLength: 2 });
    expect(detectEncoding(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('Name\n')]))).toMatchObject({ encoding: 'utf-16be', bomLength: 2 });
  });

  it('detects BOM-less UTF-16 from its zero bytes, as Outlook writes it', () => {
    expect(detectEncoding(utf16le('"First Name","Last Name"\r\n"Ada","Lovelace"\r\n')).encoding).toBe('utf-16le');
    expect(detectEncoding(utf16be('"First Name","Last Name"\r\n"Ada","Lovelace"\r\n')).encoding).toBe('utf-16be');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const bytes = Buffer.from('Name,City\nRen\xe9,M\xfcnchen\n', 'latin1');
    expect(detectEncoding(bytes).encoding).toBe('windows-1252');
    expect(new TextDecoder('windows-1252').decode(bytes)).toContain('René');
  });

  it('keeps UTF-8 for a UTF-8 file with some stray Windows-1252 bytes', () => {
    const bytes = Buffer.concat([Buffer.from('Name\nZoë\n'), Buffer.from('Ren\xe9\n', 'latin1')]);
    expect(detectEncoding(bytes).encoding).toBe('utf-8');
  });

  it('ignores a multi-byte sequence cut at the end of the sample', () => {
    const bytes = Buffer.from('Name\nZoë');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1)).encoding).toBe('utf-8');
  });

  it('rejects binary files: NUL bytes or many control characters', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
    expect(() => detectEncoding(png, { file: 'photo.csv' })).toThrow(expect.objectContaining({ code: 'file-binary', context: { file: 'photo.csv' } }));
    const controls = Buffer.from(Array.from({ length: 100 }, (_, index) => (index % 3 === 0 ? 1 : 65)));
    try {
      detectEncoding(controls);
      expect.unreachable();
    } catch (error) {
      expect(CompoundError.isInstance(error) && error.code).toBe('file-binary');
    }
  });
});
