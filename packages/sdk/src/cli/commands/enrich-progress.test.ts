import { describe, expect, it } from 'vitest';
import { createEnrichProgress } from './enrich-progress.js';

function harness(interactive: boolean) {
  let clock = 0;
  const stderr: string[] = [];
  const progress = createEnrichProgress({ io: { interactive, stderr: (text) => void stderr.push(text) }, now: () => clock });
  return {
    stderr,
    progress,
    /** Of `total` subjects, the first `upTo` ending one each `msEach`. */
    run(total: number, msEach: number, upTo = total) {
      progress.listener({ type: 'enrichment-run-start', runId: 'r1', total, resumed: false });
      for (let done = 1; done <= upTo; done += 1) {
        clock += msEach;
        progress.listener({ type: 'enrichment-subject-end', subjectId: `s${done}`, done, total, spent: done * 0.01 });
      }
    },
    tick(ms: number) {
      clock += ms;
    },
  };
}

describe('enrich progress', () => {
  it('off a terminal: plain lines every 10% once the run has lasted 2 s, never a redrawn line', () => {
    const { stderr, run } = harness(false);
    run(100, 100);
    // 10 s in all: quiet for the first 2 s (20 subjects), then a line at each 10% step, none for the last.
    expect(stderr).toHaveLength(8);
    expect(stderr[0]).toBe('Enriching: 20 of 100 companies and contacts done (20%), 2 s, spent $0.2000\n');
    expect(stderr.at(-1)).toMatch(/^Enriching: 90 of 100 companies and contacts done \(90%\), 9 s/);
    expect(stderr.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
  });

  it('off a terminal: a quick run prints nothing', () => {
    const { stderr, run } = harness(false);
    run(50, 10);
    expect(stderr).toEqual([]);
  });

  it('off a terminal: a slow stretch still prints every 10 s as calls finish', () => {
    const { stderr, progress, run, tick } = harness(false);
    run(3, 1, 2);
    for (let second = 0; second < 30; second += 1) {
      tick(1_000);
      progress.listener({ type: 'enrichment-call-end', subjectId: 'x', providerId: 'website', stage: 'triage', status: 'ok', cost: 0, spent: 0.5 });
    }
    expect(stderr).toHaveLength(3);
    expect(stderr[0]).toMatch(/^Enriching: 2 of 3 .*\(66%\), 10 s, spent \$0\.5000\n$/);
  });

  it('on a terminal: one line redrawn in place, cleared once', () => {
    const { stderr, progress, run } = harness(true);
    run(3, 1);
    expect(stderr).toHaveLength(3);
    expect(stderr.every((line) => line.startsWith('\r\x1b[2KEnriching: '))).toBe(true);
    progress.done();
    progress.done();
    expect(stderr.at(-1)).toBe('\r\x1b[2K');
    expect(stderr).toHaveLength(4);
  });
});
