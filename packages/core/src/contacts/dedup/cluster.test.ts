import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClusterer } from './cluster.js';

describe('createClusterer', () => {
  it('returns a sorted partition for any unions (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.array(fc.tuple(fc.nat(49), fc.nat(49))), (size, pairs) => {
        const clusterer = createClusterer(size);
        for (const [a, b] of pairs) if (a < size && b < size) clusterer.union(a, b);
        const clusters = clusterer.clusters();
        expect(clusters.flat().sort((x, y) => x - y)).toEqual(Array.from({ length: size }, (_, i) => i));
        for (const cluster of clusters) expect([...cluster].sort((x, y) => x - y)).toEqual(cluster);
        for (let k = 1; k < clusters.length; k++) expect(clusters[k]?.[0]).toBeGreaterThan(clusters[k - 1]?.[0] ?? -1);
      }),
    );
  });

  it('lets the guard refuse a join', () => {
    const blocked = new Set([0, 3]);
    const clusterer = createClusterer(4, (a, b) => !(blocked.has(a) && blocked.has(b)), (root, absorbed) => {
      if (blocked.has(absorbed)) blocked.add(root);
    });
    expect(clusterer.union(0, 1)).toBe(true);
    expect(clusterer.union(2, 3)).toBe(true);
    expect(clusterer.union(1, 2)).toBe(false);
    expect(clusterer.clusters()).toEqual([[0, 1], [2, 3]]);
  });
});
