import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CompoundError } from '@compound/core';
import type { Command } from '../command.js';
import { CliUsageError } from '../usage-error.js';

/** A failed `--out` write, said the way a user fixes it. */
function writeError(path: string, error: unknown): CompoundError {
  const code = (error as { code?: unknown } | undefined)?.code;
  const why =
    code === 'ENOENT'
      ? `the folder ${dirname(path)} does not exist`
      : code === 'EISDIR'
        ? 'it is a folder: name a file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : error instanceof Error
            ? error.message
            : String(error);
  return new CompoundError({ code: 'invalid-argument', message: `cannot write ${path}: ${why}`, context: { file: path }, cause: error });
}

/**
 * Writes `text` to `path` whole or not at all: into a hidden file beside it, renamed over it once
 * complete, so Ctrl-C or a full disk half way leaves the earlier file (or none), never half a list.
 * Where the folder takes no new file but the file itself may be written, it is written in place.
 */
async function writeWhole(path: string, text: string): Promise<void> {
  const partial = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    await writeFile(partial, text, { flag: 'wx' });
  } catch (error: unknown) {
    await rm(partial, { force: true });
    const code = (error as { code?: unknown }).code;
    // A folder that takes no new file may still let an existing one be written: write it in place.
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return writeFile(path, text);
    throw error;
  }
  try {
    await rename(partial, path);
  } catch (error: unknown) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** `compound export`: the clean, deduplicated list with fit and reasons. */
export const exportCommand: Command = {
  usage: 'export [--format csv|json] [--out F] [--no-bom] [--json]',
  summary: 'export the clean, deduplicated contacts with fit and reasons (CSV is formula-safe and opens in Excel: UTF-8 with a byte-order mark unless --no-bom; --json is --format json)',
  whenInterrupted: 'the workspace is as it was, and an --out file is written whole or not at all (an earlier file there is left as it was); run it again',
  async run({ args, io, open, resolve }) {
    const format = args.format ?? (args.json ? 'json' : 'csv');
    if (format !== 'csv' && format !== 'json') {
      throw new CliUsageError(`--format must be csv or json, got "${format}"`);
    }
    if (args.json && format !== 'json') {
      throw new CliUsageError(`--json asks for JSON but --format is ${format}: pass one of them`);
    }
    if (args.noBom && format !== 'csv') throw new CliUsageError('--no-bom applies to CSV only: JSON is written without a byte-order mark');
    const compound = await open();
    try {
      const { text, count } = await compound.exportContacts({ format, bom: !args.noBom });
      if (args.out) {
        const path = resolve(args.out);
        await writeWhole(path, text).catch((error: unknown) => {
          throw writeError(path, error);
        });
        io.stderr(`Exported ${count.toLocaleString('en-US')} contacts to ${args.out}\n`);
      } else {
        io.stdout(text);
      }
      return 0;
    } finally {
      await compound.close();
    }
  },
};
