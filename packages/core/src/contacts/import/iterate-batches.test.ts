import { describe, expect, it } from 'vitest';
import { iterateBatches, type BatchSource } from './iterate-batches.js';

/** A source of `batches` (the first one already read) that records what happened to it. */
function recordingSource(batches: number[][], failAfter?: number): BatchSource<number, string> & { events: string[] } {
  const events: string[] = [];
  let refills = 0;
  return {
    events,
    start: () => events.push('start'),
    first: batches[0] ?? [],
    refill: async (out) => {
      refills++;
      if (failAfter !== undefined && refills > failAfter) throw new Error('broken file');
      out.push(...(batches[refills] ?? []));
      return refills < batches.length - 1;
    },
    map: (item) => `#${item}`,
    close: async () => {
      events.push('close');
    },
  };
}

async function collect(iterable: AsyncIterable<string>, stopAfter = Infinity): Promise<string[]> {
  const values: string[] = [];
  for await (const value of iterable) {
    values.push(value);
    if (values.length >= stopAfter) break;
  }
  return values;
}

describe('iterateBatches', () => {
  it('hands out every item in order across empty and non-empty batches, then closes once', async () => {
    const source = recordingSource([[1, 2], [], [3], [], [4, 5]]);
    expect(await collect(iterateBatches(source))).toEqual(['#1', '#2', '#3', '#4', '#5']);
    expect(source.events).toEqual(['start', 'close']);
  });

  it('closes the source when the loop breaks early', async () => {
    const source = recordingSource([[1, 2], [3, 4]]);
    expect(await collect(iterateBatches(source), 3)).toEqual(['#1', '#2', '#3']);
    expect(source.events).toEqual(['start', 'close']);
  });

  it('closes the source and rethrows when reading fails', async () => {
    const source = recordingSource([[1], [2], [3]], 1);
    const seen: string[] = [];
    await expect(async () => {
      for await (const value of iterateBatches(source)) seen.push(value);
    }).rejects.toThrow('broken file');
    expect(seen).toEqual(['#1', '#2']);
    expect(source.events).toEqual(['start', 'close']);
  });

  it('lets start refuse the iteration before anything is handed out, leaving the source open', async () => {
    const source = recordingSource([[1]]);
    source.start = () => {
      throw new Error('only once');
    };
    await expect(collect(iterateBatches(source))).rejects.toThrow('only once');
    // the source may be another iteration's: a refused one does not close it
    expect(source.events).toEqual([]);
  });

  it('does not close the source when stopped before it started', async () => {
    const source = recordingSource([[1]]);
    const iterator = iterateBatches(source);
    await iterator.return?.();
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    expect(source.events).toEqual([]);
  });
});
