import { CompoundError, type CompoundErrorContext } from '../../errors/compound-error.js';

const successWords = new Set(['yes', 'y', 'true', '1', 'positive', 'replied', 'success']);
const failureWords = new Set(['no', 'n', 'false', '0', 'negative', 'none', 'failure']);

/**
 * Reads one outcome cell. An empty cell is a failure, as `compound events import` reads it (an
 * export leaves "Replied" empty when no reply came); the caller counts and reports them. With
 * `positive`, a cell equal to it or to one of its comma-separated values (case-insensitive) is a
 * success and any other cell a failure;
 * without, only the usual yes/no words are accepted and anything else throws
 * `import-row-invalid` naming the cell, so a typo never silently becomes a failure.
 */
export function parseOutcome(cell: string, positive: string | undefined, context: Required<Pick<CompoundErrorContext, 'file' | 'row' | 'field'>>): boolean {
  const text = cell.trim().toLowerCase();
  if (text === '') return false;
  if (positive !== undefined) {
    const wanted = positive.trim().toLowerCase();
    // `--positive Yes,Interested`: several values count, as a hand-kept reply column writes both.
    return text === wanted || wanted.split(',').some((value) => value.trim() === text);
  }
  if (successWords.has(text)) return true;
  if (failureWords.has(text)) return false;
  throw new CompoundError({
    code: 'import-row-invalid',
    message: `${context.file} row ${context.row}: cannot read outcome "${cell}" in "${context.field}" as yes or no; pass --positive with the value that counts as a success.`,
    context,
  });
}
