import type { FeatureValueMap } from './contact-features.js';
import type { FeatureTable, ProfileColumns } from './feature-table.js';
import { dimensionStatus, preparedIcpOf, unknownDimensionScore } from './fit-score.js';
import type { Playbook } from './playbook-schema.js';
import { companyDimensions, icpDimensions, roleDimensions } from './playbook-schema.js';
import type { IcpDimension } from './playbook-schema.js';
import type { DimensionScorer } from './prepare-icp.js';

/** An ICP compiled against one {@link FeatureTable}: a weighted sum and a status per profile. */
export interface CompiledIcp {
  readonly size: number;
  readonly matchThreshold: number;
  /** Σ weight of the weighted dimensions (the fit's denominator). */
  readonly totalWeight: number;
  readonly companyCodes: Uint32Array;
  readonly roleCodes: Uint32Array;
  /** Σ weight × score of the company dimensions, per company profile; -Infinity when a hard filter fails. */
  readonly companySums: Float64Array;
  /** Σ weight × score of the role dimensions, per role profile; -Infinity when a hard filter fails. */
  readonly roleSums: Float64Array;
  /** OR of the hard-filter statuses (see `dimensionStatus`) per company profile; absent without required company dimensions. */
  readonly companyStatus?: Uint8Array;
  /** Same per role profile. */
  readonly roleStatus?: Uint8Array;
}

/**
 * Unweighted scores per vocabulary code, kept per vocabulary and per dimension settings, so an edit
 * that only moves weights or touches another dimension does not re-score this one.
 */
const scoreCache = new WeakMap<object, Map<string, Float64Array>>();
const scoreCacheLimit = 8;

function vocabularyScores<V>(scorer: DimensionScorer<V>, vocabulary: readonly V[], settings: unknown): Float64Array {
  const key = JSON.stringify(settings, (name, value: unknown) => (name === 'weight' || name === 'required' ? undefined : value));
  let cached = scoreCache.get(vocabulary);
  if (!cached) {
    cached = new Map();
    scoreCache.set(vocabulary, cached);
  }
  const hit = cached.get(key);
  if (hit) return hit;
  const scores = new Float64Array(vocabulary.length + 1);
  scores[0] = unknownDimensionScore;
  for (let code = 1; code <= vocabulary.length; code++) scores[code] = scorer.score(vocabulary[code - 1] as V);
  if (cached.size >= scoreCacheLimit) cached.delete(cached.keys().next().value as string);
  cached.set(key, scores);
  return scores;
}

interface DimensionTables {
  /** weight × score per code; absent for weight-0 filter dimensions. */
  weighted?: Float64Array;
  /** Status per code; absent when the dimension is not required. */
  status?: Uint8Array;
}

function dimensionTables<D extends IcpDimension>(dimension: D, playbook: Playbook, table: FeatureTable): DimensionTables | undefined {
  const scorer: DimensionScorer<FeatureValueMap[D]> | undefined = preparedIcpOf(playbook)[dimension];
  if (!scorer || (scorer.weight === 0 && !scorer.required)) return undefined;
  const scores = vocabularyScores(scorer, table.vocabularies[dimension], playbook.icp[dimension]);
  const tables: DimensionTables = {};
  if (scorer.weight > 0) {
    const weighted = new Float64Array(scores.length);
    // The same expression as fitScore's `weight * score`, so sums match bit for bit.
    for (let code = 0; code < scores.length; code++) weighted[code] = scorer.weight * (scores[code] as number);
    tables.weighted = weighted;
  }
  if (scorer.required) {
    const status = new Uint8Array(scores.length);
    status[0] = dimensionStatus.unconfirmed;
    for (let code = 1; code < scores.length; code++) if ((scores[code] as number) < 1) status[code] = dimensionStatus.hardFail;
    tables.status = status;
  }
  return tables;
}

function compileProfiles<D extends IcpDimension>(
  dimensions: readonly D[],
  profiles: ProfileColumns<D>,
  playbook: Playbook,
  table: FeatureTable,
): { sums: Float64Array; status?: Uint8Array } {
  const sums = new Float64Array(profiles.count);
  let status: Uint8Array | undefined;
  for (const dimension of dimensions) {
    const tables = dimensionTables(dimension, playbook, table);
    if (!tables) continue;
    const codes = profiles.columns[dimension];
    const { weighted } = tables;
    if (weighted) for (let profile = 0; profile < profiles.count; profile++) sums[profile] = (sums[profile] as number) + (weighted[codes[profile] as number] as number);
    if (tables.status) {
      const dimensionStatusTable = tables.status;
      const combined = (status ??= new Uint8Array(profiles.count));
      for (let profile = 0; profile < profiles.count; profile++) {
        combined[profile] = (combined[profile] as number) | (dimensionStatusTable[codes[profile] as number] as number);
      }
    }
  }
  if (status) {
    // A failed hard filter makes the row's sum -Infinity, so rescore zeroes it without a status lookup.
    for (let profile = 0; profile < profiles.count; profile++) {
      if (((status[profile] as number) & dimensionStatus.hardFail) !== 0) sums[profile] = Number.NEGATIVE_INFINITY;
    }
  }
  return status ? { sums, status } : { sums };
}

/**
 * Compiles a playbook's ICP against a feature table: per-dimension score tables over the distinct
 * values (cached across edits that leave a dimension unchanged), folded into one weighted sum per
 * company profile and per role profile. Scores come from the same scorers as `fitScore`, summed in
 * the same grouping, so `rescore` reproduces `fitScore` exactly.
 */
export function compileIcp(playbook: Playbook, table: FeatureTable): CompiledIcp {
  const prepared = preparedIcpOf(playbook);
  let totalWeight = 0;
  for (const dimension of icpDimensions) totalWeight += prepared[dimension]?.weight ?? 0;
  const company = compileProfiles(companyDimensions, table.companyProfiles, playbook, table);
  const role = compileProfiles(roleDimensions, table.roleProfiles, playbook, table);
  return {
    size: table.size,
    matchThreshold: playbook.matchThreshold,
    totalWeight,
    companyCodes: table.companyCodes,
    roleCodes: table.roleCodes,
    companySums: company.sums,
    roleSums: role.sums,
    ...(company.status ? { companyStatus: company.status } : {}),
    ...(role.status ? { roleStatus: role.status } : {}),
  };
}
