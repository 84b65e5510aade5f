/**
 * Pooling by an additive logit model: the log-odds of a segment × angle × channel cell is
 * `intercept + segment + angle + channel + segment×angle + segment×channel + angle×channel`, each
 * group of effects normal around 0 with its own spread, fitted by Laplace approximation (Newton on
 * the penalized likelihood of the cell counts). An angle's effect is learned from every segment's
 * sends and a segment's own taste enters only through the interactions, shrunk by their spread;
 * Thompson draws are joint, so arms sharing an angle or channel move together. The
 * spreads are estimated by empirical Bayes (evidence maximization), each anchored at a default
 * worth one well-determined effect.
 */
import { betaFromMoments } from './beta-binomial.js';
import type { BetaPrior } from './beta-binomial.js';
import type { CellCount, PooledCell, PooledEstimates } from './hierarchical-pooling.js';
import { choleskyFactor, solveLower, solveUpper } from '../stats/cholesky.js';
import { sampleNormal } from '../stats/sample-beta.js';

/** Prior spreads (log-odds standard deviations) of the effect groups. */
export interface LogitSpreads {
  /** Segment, angle and channel main effects. */
  main: number;
  /** Segment × angle, segment × channel and angle × channel interactions. */
  interaction: number;
}

/** Settings of {@link poolAdditiveLogit}. */
export interface AdditiveLogitSettings {
  /** Beta prior of the overall rate: its mean centres the intercept. */
  prior: BetaPrior;
  /** Anchor spreads of the effect groups (default main 0.5, interactions 0.25). */
  spreads?: Partial<LogitSpreads>;
  /** How many determined effects' worth of weight the anchor spreads carry in the estimate (default 1). */
  anchorWeight?: number;
  /**
   * A previous fit to start from (used when its levels are the same): the mode and spreads move
   * little between two fits a few sends apart, so Newton's method and the spread estimate
   * converge in a step or two instead of twenty. The result agrees with a cold fit to within the
   * convergence tolerance (spreads to 1e-3 log-odds).
   */
  start?: LogitFit;
  /** Scale of a posterior draw's deviation from the mode (default 1, an exact Laplace draw; below 1 explores less). */
  drawScale?: number;
}

/** A fitted mode and spreads, to warm-start the next fit. */
export interface LogitFit {
  /** Identifies the levels (segments, angles, channels, in order) the fit is over. */
  key: string;
  /** The mode: intercept, then the effects group by group. */
  theta: Float64Array;
  /** Estimated variance (log-odds²) of each effect group, in the order segment, angle, channel, then the interactions. */
  variances: number[];
}

/** Pooled estimates of the additive model, with the fit to start the next one from. */
export interface AdditiveLogitEstimates extends PooledEstimates {
  readonly fit: LogitFit;
}

/** The levels the model has effects for (every angle and channel; the segments seen). */
export interface LogitLevels {
  segments: readonly string[];
  angles: readonly string[];
  channels: readonly string[];
}

/** Effect groups, in parameter order after the intercept. */
const groups = ['segment', 'angle', 'channel', 'segment×angle', 'segment×channel', 'angle×channel'] as const;
type Group = (typeof groups)[number];
const interceptSd = 2;
// Estimated spreads stay within 0.01 and 2 log-odds: beyond 2 an effect is a 7x rate ratio.
const minVariance = 0.01 ** 2;
const maxVariance = 2 ** 2;
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const logit = (p: number): number => Math.log(p / (1 - p));
/** E[sigmoid(η)] for η ~ N(mean, variance), by the probit approximation. */
const expectedRate = (mean: number, variance: number): number => sigmoid(mean / Math.sqrt(1 + (Math.PI * variance) / 8));

/** The level (or pair of levels) a term of a cell is about, by the term's position in the cell's terms. */
function levelKey(position: number, segment: string, angle: string, channel: string): string {
  const keys = [segment, angle, channel, `${segment}\u0000${angle}`, `${segment}\u0000${channel}`, `${angle}\u0000${channel}`];
  return keys[position] ?? '';
}

/** Where each effect lives in the parameter vector. */
function layout(levels: LogitLevels) {
  const { segments, angles, channels } = levels;
  const sizes: Record<Group, number> = {
    segment: segments.length,
    angle: angles.length,
    channel: channels.length,
    'segment×angle': segments.length * angles.length,
    'segment×channel': segments.length * channels.length,
    'angle×channel': angles.length * channels.length,
  };
  const offsets = {} as Record<Group, number>;
  let size = 1;
  for (const group of groups) {
    offsets[group] = size;
    size += sizes[group];
  }
  const groupOf = new Int32Array(size).fill(-1);
  groups.forEach((group, index) => groupOf.fill(index, offsets[group], offsets[group] + sizes[group]));
  const segmentIndex = new Map(segments.map((name, index) => [name, index]));
  const angleIndex = new Map(angles.map((name, index) => [name, index]));
  const channelIndex = new Map(channels.map((name, index) => [name, index]));
  const A = angles.length;
  const C = channels.length;
  /** Parameter indices of a cell's seven terms by group (−1: a level the model has no effect for, e.g. a new segment). */
  const terms = (segment: string, angle: string, channel: string): number[] => {
    const s = segmentIndex.get(segment);
    const a = angleIndex.get(angle);
    const c = channelIndex.get(channel);
    return [
      s === undefined ? -1 : offsets.segment + s,
      a === undefined ? -1 : offsets.angle + a,
      c === undefined ? -1 : offsets.channel + c,
      s === undefined || a === undefined ? -1 : offsets['segment×angle'] + s * A + a,
      s === undefined || c === undefined ? -1 : offsets['segment×channel'] + s * C + c,
      a === undefined || c === undefined ? -1 : offsets['angle×channel'] + a * C + c,
    ];
  };
  return { size, groupOf, terms };
}

/**
 * Fits the additive logit model to the cell counts and returns the pooled estimates (the same
 * shape as {@link poolCells}: per-cell Beta summaries, joint posterior draws for Thompson sampling).
 *
 * @example
 * const pooled = poolAdditiveLogit(cells, { segments: ['saas'], angles: ['roi', 'pain'], channels: ['email'] }, { prior: { mean: 0.05, strength: 2 } });
 * pooled.cell('saas', 'roi', 'email').mean;
 */
export function poolAdditiveLogit(cells: readonly CellCount[], levels: LogitLevels, settings: AdditiveLogitSettings): AdditiveLogitEstimates {
  const { size, groupOf, terms } = layout(levels);
  const anchor = { main: settings.spreads?.main ?? 0.5, interaction: settings.spreads?.interaction ?? 0.25 };
  const anchorWeight = settings.anchorWeight ?? 1;
  const drawScale = settings.drawScale ?? 1;
  const anchorVariance = groups.map((_, index) => (index < 3 ? anchor.main : anchor.interaction) ** 2);
  const priorLogit = logit(settings.prior.mean);
  const data = cells
    .filter((cell) => cell.trials > 0)
    .map((cell) => ({ cell, indices: [0, ...terms(cell.segment, cell.angle, cell.channel)].filter((index) => index >= 0).sort((a, b) => a - b) }));

  const key = [levels.segments, levels.angles, levels.channels].map((names) => names.join('\u0001')).join('\u0002');
  const start = settings.start?.key === key ? settings.start : undefined;
  const theta = start ? Float64Array.from(start.theta) : new Float64Array(size);
  if (!start) theta[0] = priorLogit;
  let variances = start ? [...start.variances] : [...anchorVariance];
  let factor: Float64Array = new Float64Array(size);
  const precisionOf = (index: number): number => (index === 0 ? 1 / interceptSd ** 2 : 1 / (variances[groupOf[index] ?? 0] ?? 1));

  // Negative penalized log-likelihood at `point`.
  const objective = (point: Float64Array): number => {
    let total = 0;
    for (let index = 0; index < size; index += 1) total += 0.5 * precisionOf(index) * ((point[index] ?? 0) - (index === 0 ? priorLogit : 0)) ** 2;
    for (const { cell, indices } of data) {
      let eta = 0;
      for (const index of indices) eta += point[index] ?? 0;
      // n·log(1 + e^η) − y·η, computed without overflow.
      total += cell.trials * (Math.max(eta, 0) + Math.log1p(Math.exp(-Math.abs(eta)))) - cell.successes * eta;
    }
    return total;
  };

  // Newton's method with step halving on the penalized log-likelihood; leaves theta at the mode and
  // factor = chol(Hessian) there.
  const fitMode = (maxIterations = 100) => {
    for (let iteration = 0; iteration < maxIterations; iteration += 1) {
      const gradient = new Float64Array(size);
      const hessian = new Float64Array(size * size);
      for (let index = 0; index < size; index += 1) {
        const precision = precisionOf(index);
        gradient[index] = precision * ((theta[index] ?? 0) - (index === 0 ? priorLogit : 0));
        hessian[index * size + index] = precision;
      }
      for (const { cell, indices } of data) {
        let eta = 0;
        for (const index of indices) eta += theta[index] ?? 0;
        const p = sigmoid(eta);
        const residual = cell.trials * p - cell.successes;
        const weight = cell.trials * p * (1 - p);
        for (let i = 0; i < indices.length; i += 1) {
          const row = indices[i] ?? 0;
          gradient[row] = (gradient[row] ?? 0) + residual;
          for (let j = 0; j <= i; j += 1) hessian[row * size + (indices[j] ?? 0)] = (hessian[row * size + (indices[j] ?? 0)] ?? 0) + weight;
        }
      }
      factor = choleskyFactor(hessian, size);
      const step = solveUpper(factor, solveLower(factor, gradient, size), size);
      const start = objective(theta);
      let length = 1;
      let candidate = theta.map((value, index) => value - (step[index] ?? 0));
      while (objective(candidate) > start && length > 1e-6) {
        length /= 2;
        candidate = theta.map((value, index) => value - length * (step[index] ?? 0));
      }
      let largest = 0;
      for (let index = 0; index < size; index += 1) largest = Math.max(largest, Math.abs((candidate[index] ?? 0) - (theta[index] ?? 0)));
      theta.set(candidate);
      if (largest < 1e-8) break;
    }
  };

  // Posterior variance of each parameter: the squared norm of column i of L⁻¹, found by forward
  // substitution on the unit vector eᵢ (whose first i entries stay 0, so they are skipped).
  const parameterVariances = (): Float64Array => {
    const result = new Float64Array(size);
    const column = new Float64Array(size);
    for (let index = 0; index < size; index += 1) {
      let sum = 0;
      for (let row = index; row < size; row += 1) {
        let value = row === index ? 1 : 0;
        for (let k = index; k < row; k += 1) value -= (factor[row * size + k] ?? 0) * (column[k] ?? 0);
        value /= factor[row * size + row] ?? 1;
        column[row] = value;
        sum += value * value;
      }
      result[index] = sum;
    }
    return result;
  };

  // Evidence maximization of the group spreads (MacKay's update, faster than EM where the data are
  // weak): τ² = Σ effect² / Σ γ, with γ = 1 − posterior variance / prior variance the number of
  // effects the data determine; the anchor spread enters as `anchorWeight` such effects.
  // Each round takes at most two Newton steps from the last mode: the spreads and the mode converge together.
  for (let round = 0; round < 50; round += 1) {
    fitMode(round === 0 ? 100 : 2);
    const posteriorVariance = parameterVariances();
    const squares = groups.map(() => 0);
    const determined = groups.map(() => 0);
    for (let index = 1; index < size; index += 1) {
      const group = groupOf[index] ?? 0;
      squares[group] = (squares[group] ?? 0) + (theta[index] ?? 0) ** 2;
      determined[group] = (determined[group] ?? 0) + Math.max(0, 1 - (posteriorVariance[index] ?? 0) * precisionOf(index));
    }
    const next = groups.map((_, group) =>
      Math.min(maxVariance, Math.max(minVariance, ((squares[group] ?? 0) + anchorWeight * (anchorVariance[group] ?? 0)) / ((determined[group] ?? 0) + anchorWeight))),
    );
    const change = Math.max(...next.map((value, group) => Math.abs(Math.sqrt(value) - Math.sqrt(variances[group] ?? 0))));
    variances = next;
    if (change < 1e-3) break;
  }
  fitMode();

  // Columns of L⁻¹, solved once each when first needed: a cell's variance is ‖L⁻¹x‖² for its 0/1
  // vector x, so L⁻¹x is the sum of the columns of its terms (O(size) a term, where a solve per cell
  // is O(size²): with 100 segments, 700 effects and a learner asked per contact, the solves took minutes).
  const inverseColumns = new Map<number, Float64Array>();
  const inverseColumn = (index: number): Float64Array => {
    let column = inverseColumns.get(index);
    if (column === undefined) {
      // Forward substitution on the unit vector eᵢ, whose first i entries stay 0 (as in parameterVariances).
      const solved = new Float64Array(size);
      for (let row = index; row < size; row += 1) {
        let value = row === index ? 1 : 0;
        for (let k = index; k < row; k += 1) value -= (factor[row * size + k] ?? 0) * (solved[k] ?? 0);
        solved[row] = value / (factor[row * size + row] ?? 1);
      }
      column = solved;
      inverseColumns.set(index, column);
    }
    return column;
  };

  /** Log-odds mean and variance of a cell, with the prior variance of any effect the model lacks. */
  const linear = (segment: string, angle: string, channel: string, mainOnly = false) => {
    const indices = [0, ...terms(segment, angle, channel)];
    let mean = 0;
    let missing = 0;
    const projected = new Float64Array(size);
    indices.forEach((index, position) => {
      if (mainOnly && position > 3) return;
      if (index < 0) missing += variances[position - 1] ?? 0;
      else {
        mean += theta[index] ?? 0;
        const column = inverseColumn(index);
        // Column `index` of the lower-triangular inverse is zero above row `index`.
        for (let k = index; k < size; k += 1) projected[k] = (projected[k] ?? 0) + (column[k] ?? 0);
      }
    });
    let variance = missing;
    for (let k = 0; k < size; k += 1) variance += (projected[k] ?? 0) ** 2;
    return { mean, variance };
  };

  const overallMean = sigmoid(theta[0] ?? 0);
  const pseudoSends = (variance: number): number => 1 / (Math.max(variance, 1e-12) * overallMean * (1 - overallMean));
  const [segmentVar = 0, angleVar = 0, channelVar = 0, segmentAngleVar = 0, segmentChannelVar = 0, angleChannelVar = 0] = variances;
  const cellCounts = new Map(cells.map((cell) => [`${cell.segment}\u0000${cell.angle}\u0000${cell.channel}`, cell]));

  return {
    fit: { key, theta: Float64Array.from(theta), variances: [...variances] },
    overallMean,
    strengths: {
      angle: pseudoSends(angleVar),
      channel: pseudoSends(channelVar + angleChannelVar),
      segment: pseudoSends(segmentVar + segmentAngleVar + segmentChannelVar),
    },
    cell(segment, angle, channel): PooledCell {
      const { mean: eta, variance } = linear(segment, angle, channel);
      const mean = expectedRate(eta, variance);
      const rateVariance = (mean * (1 - mean)) ** 2 * variance;
      const { alpha, beta } = betaFromMoments(mean, rateVariance);
      const count = cellCounts.get(`${segment}\u0000${angle}\u0000${channel}`);
      const parent = linear(segment, angle, channel, true);
      return {
        successes: count?.successes ?? 0,
        trials: count?.trials ?? 0,
        parentMean: expectedRate(parent.mean, parent.variance),
        strength: pseudoSends(segmentAngleVar + segmentChannelVar + angleChannelVar),
        mean,
        variance: rateVariance,
        alpha,
        beta,
      };
    },
    draw(segment, arms, random, scale = drawScale) {
      const noise = new Float64Array(size);
      for (let index = 0; index < size; index += 1) noise[index] = sampleNormal(random);
      for (let index = 0; index < size; index += 1) noise[index] = (noise[index] ?? 0) * scale;
      const deviation = solveUpper(factor, noise, size);
      const missingDraws = new Map<string, number>();
      const missingDraw = (key: string, position: number): number => {
        let value = missingDraws.get(key);
        if (value === undefined) {
          value = sampleNormal(random) * Math.sqrt(variances[position] ?? 0);
          missingDraws.set(key, value);
        }
        return value;
      };
      return arms.map(({ angle, channel }) => {
        let eta = (theta[0] ?? 0) + (deviation[0] ?? 0);
        const indices = terms(segment, angle, channel);
        for (let position = 0; position < indices.length; position += 1) {
          const index = indices[position] ?? -1;
          // A level the model has no effect for gets one prior draw per level, shared by the arms.
          eta += index < 0 ? missingDraw(`${position}\u0000${levelKey(position, segment, angle, channel)}`, position) : (theta[index] ?? 0) + (deviation[index] ?? 0);
        }
        return sigmoid(eta);
      });
    },
  };
}
