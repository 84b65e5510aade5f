import { CompoundError } from './compound-error.js';

/**
 * The error for a file that cannot be opened, said the way a user fixes it: a missing path
 * (`file-not-found`), a folder where a file was expected, no permission (`invalid-argument`).
 *
 * @example
 * fileReadError('contacts.csv', enoent).message // 'contacts.csv does not exist: check the path'
 */
export function fileReadError(file: string, error: unknown): CompoundError {
  const code = (error as { code?: unknown } | undefined)?.code;
  const context = { file };
  if (code === 'ENOENT') return new CompoundError({ code: 'file-not-found', message: `${file} does not exist: check the path`, context, cause: error });
  if (code === 'EISDIR') {
    return new CompoundError({ code: 'invalid-argument', message: `${file} is a folder, not a file: pass the file itself`, context, cause: error });
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new CompoundError({ code: 'invalid-argument', message: `${file} cannot be read: permission denied`, context, cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new CompoundError({ code: 'invalid-argument', message: `Cannot read ${file}: ${reason}`, context, cause: error });
}
