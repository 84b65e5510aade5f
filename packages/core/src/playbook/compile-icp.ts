import type { FeatureValueMap } from './contact-features.js';
import type { FeatureTable } from './feature-table.js';
import { dimensionStatus, preparedIcpOf, unknownDimensionScore } from './fit-score.js';
import type { Playbook } from './playbook-schema.js';
import { icpDimensions } from './playbook-schema.js';
import type { IcpDimension } from './playbook-schema.js';
import type { DimensionScorer } from './prepare-icp.js';

/** One dimension of a compiled ICP: lookup tables indexed by the feature table's category code. */
export interface CompiledDimension {
  readonly dimension: IcpDimension;
  /** The feature table's code column for this dimension. */
  readonly codes: Uint32Array;
  /** weight × score per code (code 0 = unknown); absent for weight-0 filter dimensions. */
  readonly weighted?: Float64Array;
  /** Hard-filter status per code (see `dimensionStatus`); absent when the dimension is not required. */
  readonly status?: Uint8Array;
}

/** An ICP compiled against one {@link FeatureTable}. */
export interface CompiledIcp {
  readonly size: number;
  readonly matchThreshold: number;
  /** Σ weight of the weighted dimensions (the fit's denominator). */
  readonly totalWeight: number;
  /** Dimensions that affect fit or match, in ICP dimension order. */
  readonly dimensions: readonly CompiledDimension[];
}

function compileDimension<D extends IcpDimension>(
  scorer: DimensionScorer<FeatureValueMap[D]>,
  vocabulary: readonly FeatureValueMap[D][],
  codes: Uint32Array,
): CompiledDimension | undefined {
  const { weight, required } = scorer;
  if (weight === 0 && !required) return undefined;
  const weighted = weight > 0 ? new Float64Array(vocabulary.length + 1) : undefined;
  const status = required ? new Uint8Array(vocabulary.length + 1) : undefined;
  if (weighted) weighted[0] = weight * unknownDimensionScore;
  if (status) status[0] = dimensionStatus.unconfirmed;
  for (let code = 1; code <= vocabulary.length; code++) {
    const score = scorer.score(vocabulary[code - 1] as FeatureValueMap[D]);
    if (weighted) weighted[code] = weight * score;
    if (status && score < 1) status[code] = dimensionStatus.hardFail;
  }
  return { dimension: scorer.dimension, codes, ...(weighted ? { weighted } : {}), ...(status ? { status } : {}) };
}

function compileFor<D extends IcpDimension>(dimension: D, playbook: Playbook, table: FeatureTable): CompiledDimension | undefined {
  const scorer = preparedIcpOf(playbook)[dimension];
  return scorer ? compileDimension<D>(scorer, table.vocabularies[dimension], table.columns[dimension]) : undefined;
}

/**
 * Compiles a playbook's ICP into per-dimension score tables over a feature table's vocabularies.
 * Cost is proportional to the number of distinct values, not contacts; scores come from the same
 * scorers as `fitScore`, so `rescore` reproduces `fitScore` exactly.
 */
export function compileIcp(playbook: Playbook, table: FeatureTable): CompiledIcp {
  const dimensions: CompiledDimension[] = [];
  let totalWeight = 0;
  for (const dimension of icpDimensions) {
    const compiled = compileFor(dimension, playbook, table);
    if (!compiled) continue;
    dimensions.push(compiled);
    if (compiled.weighted) totalWeight += preparedIcpOf(playbook)[dimension]?.weight ?? 0;
  }
  return { size: table.size, matchThreshold: playbook.matchThreshold, totalWeight, dimensions };
}
