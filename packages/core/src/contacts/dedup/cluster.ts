/**
 * Union-find clustering of matched pairs with a guard against chaining distinct entities: two
 * clusters are joined only when `canJoin(rootA, rootB)` allows it (the caller checks hard-key
 * conflicts and cluster coherence there). Feed pairs strongest first so a weak link can never
 * pre-empt a strong one.
 */

/** Union-find over `size` elements with path halving and union by size. */
export interface Clusterer {
  /** Root of an element's cluster. */
  find(element: number): number;
  /** Joins the clusters of `a` and `b` unless the guard refuses; true when they are (now) one cluster. */
  union(a: number, b: number): boolean;
  /** Size of the cluster whose root is `root`. */
  sizeOf(root: number): number;
  /** Every cluster as sorted member indexes, clusters ordered by their first member; singletons included. */
  clusters(): number[][];
}

/**
 * A clusterer. `canJoin(rootA, rootB)` is asked before joining two different clusters;
 * `onJoin(root, absorbed)` runs after, so the caller can merge per-cluster attributes into `root`.
 */
export function createClusterer(
  size: number,
  canJoin: (rootA: number, rootB: number) => boolean = () => true,
  onJoin: (root: number, absorbed: number) => void = () => undefined,
): Clusterer {
  const parent = new Int32Array(size);
  const sizes = new Int32Array(size).fill(1);
  for (let i = 0; i < size; i++) parent[i] = i;
  function find(element: number): number {
    let current = element;
    while (parent[current] !== current) {
      const grand = parent[parent[current] ?? current] ?? current;
      parent[current] = grand;
      current = grand;
    }
    return current;
  }
  function union(a: number, b: number): boolean {
    let rootA = find(a);
    let rootB = find(b);
    if (rootA === rootB) return true;
    if (!canJoin(rootA, rootB)) return false;
    if ((sizes[rootA] ?? 0) < (sizes[rootB] ?? 0)) [rootA, rootB] = [rootB, rootA];
    parent[rootB] = rootA;
    sizes[rootA] = (sizes[rootA] ?? 0) + (sizes[rootB] ?? 0);
    onJoin(rootA, rootB);
    return true;
  }
  function clusters(): number[][] {
    /** Cluster number + 1 of each root (0: not seen yet); an array, not a Map of a million roots. */
    const clusterOf = new Int32Array(size);
    const result: number[][] = [];
    for (let i = 0; i < size; i++) {
      const root = find(i);
      const known = clusterOf[root] ?? 0;
      if (known === 0) {
        result.push([i]);
        clusterOf[root] = result.length;
      } else result[known - 1]?.push(i);
    }
    // members are pushed in increasing order, and clusters in order of their first member
    return result;
  }
  return { find, union, sizeOf: (root) => sizes[root] ?? 0, clusters };
}
