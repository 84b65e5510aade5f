import type { ImportProgress, ImportProgressListener } from '@compound/core';
import type { CliIo } from './cli-io.js';

const labels: Record<ImportProgress['phase'], string> = {
  read: 'Reading rows',
  map: 'Mapping columns',
  normalize: 'Normalizing',
  workspace: 'Reading the workspace',
  dedup: 'Deduplicating',
  companies: 'Linking companies',
  fit: 'Scoring ICP fit',
  save: 'Saving',
};

/**
 * A one-line progress display on standard error, redrawn in place, when it is a terminal; silent
 * otherwise (pipes and CI logs get the final summary only). Returns the listener and `done()`,
 * which clears the line.
 */
export function createProgressDisplay(io: CliIo): { listener: ImportProgressListener; done(): void } {
  if (!io.interactive) return { listener: () => {}, done: () => {} };
  const started = Date.now();
  let drawn = false;
  return {
    listener(progress) {
      const count = progress.total ? `${progress.done.toLocaleString('en-US')}/${progress.total.toLocaleString('en-US')}` : progress.done.toLocaleString('en-US');
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      io.stderr(`\r\x1b[2K${labels[progress.phase]} ${count} (${seconds} s)`);
      drawn = true;
    },
    done() {
      if (drawn) io.stderr('\r\x1b[2K');
    },
  };
}
