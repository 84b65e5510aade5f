export { dedup, blockCandidates } from './dedup.js';
export type { DedupOptions, DedupPair, DedupResult, DedupStats } from './dedup.js';
export type { BlockingOptions, CandidatePairs } from './blocking.js';
export type { CompareOptions } from './record-comparison.js';
export type { MatchModel } from './fellegi-sunter.js';
export { createDedupIndex } from './dedup-index.js';
export type { DedupIndex, DedupIndexOptions, Resolution } from './dedup-index.js';
export { mergeCluster } from './merge-cluster.js';
export type { MergeClusterOptions, MergedCluster } from './merge-cluster.js';
export { jaroWinkler, jaro } from './jaro-winkler.js';
export {
  compareAddressLevel,
  compareDateLevel,
  compareEmailLevel,
  compareIdLevel,
  compareNameLevel,
  comparePhoneLevel,
  comparePostcodeLevel,
  compareTextLevel,
  tokenSetSimilarity,
} from './field-comparators.js';
