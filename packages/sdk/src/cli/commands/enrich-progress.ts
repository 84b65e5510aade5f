import type { EnrichmentProgressEvent } from '@compound/core';
import type { CliIo } from '../cli-io.js';
import { formatMoney } from './enrich-format.js';

/** Settings of `createEnrichProgress`. */
export interface EnrichProgressSettings {
  /** Where progress goes (standard error only: standard output stays clean for `--json`). */
  io: Pick<CliIo, 'stderr' | 'interactive'>;
  /** Clock in ms. Default: `Date.now`. */
  now?: () => number;
  /** Not a line before this many ms (a quick run prints its summary only). Default: 2 000. */
  quietMs?: number;
  /** A line at least this often while calls finish, in ms, even between steps. Default: 10 000. */
  everyMs?: number;
  /** A line each time this fraction of the subjects more is done. Default: 0.1 (every 10%). */
  step?: number;
}

/**
 * Progress of `compound enrich` on standard error. On a terminal, one line redrawn in place after
 * each subject. Elsewhere (a pipe, a CI log), plain lines: none during the first `quietMs`, then
 * one each `step` of the subjects done and one every `everyMs` while calls still finish, never
 * for the last subject (the summary follows). `done()` clears the terminal line (again: a no-op).
 */
export function createEnrichProgress(settings: EnrichProgressSettings): { listener(event: EnrichmentProgressEvent): void; done(): void } {
  const { io } = settings;
  const now = settings.now ?? Date.now;
  const quietMs = settings.quietMs ?? 2_000;
  const everyMs = settings.everyMs ?? 10_000;
  const step = settings.step ?? 0.1;
  const started = now();
  let lastLineAt = started;
  let lastStep = 0;
  let done = 0;
  let total = 0;
  let spent = 0;
  let drawn = false;

  const line = (): string => {
    const elapsed = Math.round((now() - started) / 1000);
    const share = total > 0 ? ` (${Math.floor((done / total) * 100)}%)` : '';
    return `Enriching: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} companies and contacts done${share}, ${elapsed} s, spent ${formatMoney(spent)}`;
  };

  function plain(subjectEnded: boolean): void {
    const at = now();
    if (at - started < quietMs || (total > 0 && done >= total)) return;
    const currentStep = total > 0 ? Math.floor(done / (total * step)) : 0;
    const crossed = subjectEnded && currentStep > lastStep;
    if (!crossed && at - lastLineAt < everyMs) return;
    lastStep = currentStep;
    lastLineAt = at;
    io.stderr(`${line()}\n`);
  }

  return {
    listener(event) {
      if (event.type === 'enrichment-run-start') {
        total = event.total;
        done = 0;
        return;
      }
      if (event.type === 'enrichment-subject-end') {
        done = event.done;
        total = event.total;
        spent = event.spent;
      } else if (event.type === 'enrichment-call-end') {
        spent = event.spent;
      } else if (event.type !== 'enrichment-call-error') {
        return;
      }
      if (io.interactive) {
        if (event.type !== 'enrichment-subject-end') return;
        io.stderr(`\r\x1b[2K${line()}`);
        drawn = true;
        return;
      }
      plain(event.type === 'enrichment-subject-end');
    },
    done() {
      if (drawn) io.stderr('\r\x1b[2K');
      drawn = false;
    },
  };
}
