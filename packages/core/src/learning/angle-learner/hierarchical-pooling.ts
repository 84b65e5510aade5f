/**
 * Hierarchical pooling of segment × angle × channel counts: each cell is shrunk toward its
 * angle × channel parent (scaled by the segment's overall responsiveness), which is shrunk toward its
 * angle (scaled by the channel's), which is shrunk toward the overall rate.
 */
import { betaFromMoments } from './beta-binomial.js';
import type { BetaPrior } from './beta-binomial.js';
import { estimatePriorStrength } from './estimate-prior-strength.js';
import { sampleBeta, sampleGamma } from '../stats/sample-beta.js';
import type { ChildCount } from './estimate-prior-strength.js';

/** Successes and sends of one segment × angle × channel cell. */
export interface CellCount {
  segment: string;
  angle: string;
  channel: string;
  successes: number;
  trials: number;
}

/** Fixed prior strengths per level; an unset level is estimated by empirical Bayes. */
export interface PoolingStrengths {
  /** Angle around the overall rate. */
  angle?: number;
  /** Angle × channel around its angle. */
  channel?: number;
  /** Segment × angle × channel around its angle × channel parent. */
  segment?: number;
}

/** Settings of the pooling. */
export interface PoolingSettings {
  /** Beta prior of the overall rate. */
  prior: BetaPrior;
  /** Fixed strengths; estimated where unset. */
  strengths?: PoolingStrengths;
  /** Bounds of estimated strengths (default 2 to 1000). */
  minStrength?: number;
  maxStrength?: number;
}

/** The pooled estimate of one cell. */
export interface PooledCell {
  successes: number;
  trials: number;
  /** Mean of the prior the cell is shrunk toward (the parent's estimate, scaled by the segment factor). */
  parentMean: number;
  /** Prior strength (pseudo-sends) of the parent. */
  strength: number;
  /** Posterior mean (s + κ·parentMean) / (n + κ). */
  mean: number;
  /** Posterior variance, including the parent's own uncertainty. */
  variance: number;
  /** The Beta with that mean and variance. */
  alpha: number;
  beta: number;
}

/** Pooled estimates over every cell, parent and factor. */
export interface PooledEstimates {
  /** The estimate of a cell (cells never seen get their parent's estimate). */
  cell(segment: string, angle: string, channel: string): PooledCell;
  /**
   * One joint posterior draw of the rates of `arms` in `segment` (for Thompson sampling): each
   * angle's rate and each channel's factor is drawn once and shared by every arm using it, then
   * each arm's own deviation is drawn around that shared draw. Independent draws per arm would
   * treat 8 arms built from 4 angle and 2 channel effects as 8 unrelated unknowns and explore
   * each of them. `scale` (additive model; default its `drawScale`) multiplies the draw's
   * deviation from the mode; the Beta model ignores it.
   */
  draw(segment: string, arms: readonly { angle: string; channel: string }[], random: () => number, scale?: number): number[];
  /** The strengths used at each level (fixed or estimated). */
  readonly strengths: Required<PoolingStrengths>;
  /** The overall rate's posterior mean. */
  readonly overallMean: number;
}

interface Moments {
  successes: number;
  trials: number;
  mean: number;
  variance: number;
}

// Segment and channel factors are ratios observed / expected successes, shrunk toward 1 with this many
// pseudo expected successes so a segment with 1 success in 10 sends is not called 3x better.
const factorPseudoCount = 5;

const clampRate = (value: number) => Math.min(1 - 1e-6, Math.max(1e-6, value));

/** Posterior moments of a child given counts and a parent with (mean, variance) and prior strength κ. */
function shrink(successes: number, trials: number, parentMean: number, parentVariance: number, strength: number): Moments {
  const alpha = strength * parentMean + successes;
  const beta = strength * (1 - parentMean) + trials - successes;
  const total = alpha + beta;
  const mean = alpha / total;
  const weight = strength / (strength + trials);
  // Beta posterior variance given the parent, plus the parent's uncertainty carried by its weight.
  const variance = (alpha * beta) / (total * total * (total + 1)) + weight * weight * parentVariance;
  return { successes, trials, mean, variance };
}

function addTo(map: Map<string, { successes: number; trials: number }>, key: string, successes: number, trials: number): void {
  const entry = map.get(key);
  if (entry) {
    entry.successes += successes;
    entry.trials += trials;
  } else map.set(key, { successes, trials });
}

const separator = '\u0000';

/**
 * Pools cell counts through the hierarchy. Cost is linear in the number of cells.
 *
 * @example
 * const pooled = poolCells(cells, { prior: { mean: 0.05, strength: 2 } });
 * pooled.cell('SaaS', 'roi', 'email').mean;
 */
export function poolCells(cells: readonly CellCount[], settings: PoolingSettings): PooledEstimates {
  const { prior, strengths: fixed = {}, minStrength = 2, maxStrength = 1000 } = settings;
  const bounds = { min: minStrength, max: maxStrength };
  const angles = new Map<string, { successes: number; trials: number }>();
  const angleChannels = new Map<string, { successes: number; trials: number }>();
  let successes = 0;
  let trials = 0;
  for (const cell of cells) {
    successes += cell.successes;
    trials += cell.trials;
    addTo(angles, cell.angle, cell.successes, cell.trials);
    addTo(angleChannels, cell.angle + separator + cell.channel, cell.successes, cell.trials);
  }
  const overall = shrink(successes, trials, prior.mean, 0, prior.strength);

  const angleStrength = fixed.angle ?? estimatePriorStrength([...angles.values()].map((count) => ({ ...count, parentMean: overall.mean })), bounds);
  const angleMoments = new Map<string, Moments>();
  for (const [angle, count] of angles) angleMoments.set(angle, shrink(count.successes, count.trials, overall.mean, overall.variance, angleStrength));
  const angleOf = (angle: string) => angleMoments.get(angle) ?? shrink(0, 0, overall.mean, overall.variance, angleStrength);

  // Channel factor: observed / expected successes given each send's angle estimate.
  const channelObserved = new Map<string, { successes: number; trials: number }>();
  for (const [key, count] of angleChannels) {
    const [angle = '', channel = ''] = key.split(separator);
    addTo(channelObserved, channel, count.successes, count.trials * angleOf(angle).mean);
  }
  const channelFactor = (channel: string) => {
    const entry = channelObserved.get(channel);
    return entry ? (entry.successes + factorPseudoCount) / (entry.trials + factorPseudoCount) : 1;
  };

  const channelParent = (angle: string, channel: string) => {
    const factor = channelFactor(channel);
    const parent = angleOf(angle);
    return { mean: clampRate(parent.mean * factor), variance: factor * factor * parent.variance };
  };
  const channelChildren: ChildCount[] = [];
  for (const [key, count] of angleChannels) {
    const [angle = '', channel = ''] = key.split(separator);
    channelChildren.push({ ...count, parentMean: channelParent(angle, channel).mean });
  }
  const channelStrength = fixed.channel ?? estimatePriorStrength(channelChildren, bounds);
  const angleChannelMoments = new Map<string, Moments>();
  const angleChannelOf = (angle: string, channel: string): Moments => {
    const key = angle + separator + channel;
    let moments = angleChannelMoments.get(key);
    if (!moments) {
      const count = angleChannels.get(key) ?? { successes: 0, trials: 0 };
      const parent = channelParent(angle, channel);
      moments = shrink(count.successes, count.trials, parent.mean, parent.variance, channelStrength);
      angleChannelMoments.set(key, moments);
    }
    return moments;
  };

  // Segment factor: the segment's observed / expected successes given each send's angle × channel estimate.
  const segmentObserved = new Map<string, { successes: number; trials: number }>();
  for (const cell of cells) addTo(segmentObserved, cell.segment, cell.successes, cell.trials * angleChannelOf(cell.angle, cell.channel).mean);
  const segmentFactor = (segment: string) => {
    const entry = segmentObserved.get(segment);
    return entry ? (entry.successes + factorPseudoCount) / (entry.trials + factorPseudoCount) : 1;
  };
  const segmentParent = (segment: string, angle: string, channel: string) => {
    const factor = segmentFactor(segment);
    const parent = angleChannelOf(angle, channel);
    return { mean: clampRate(parent.mean * factor), variance: factor * factor * parent.variance };
  };
  const segmentStrength =
    fixed.segment ?? estimatePriorStrength(cells.map((cell) => ({ successes: cell.successes, trials: cell.trials, parentMean: segmentParent(cell.segment, cell.angle, cell.channel).mean })), bounds);
  const cellCounts = new Map<string, CellCount>();
  for (const cell of cells) cellCounts.set(cell.segment + separator + cell.angle + separator + cell.channel, cell);

  // A strength at the upper bound means no spread beyond binomial noise was detected: the children
  // are drawn at their parent's value plus their own data rather than with the bound's spread.
  const drawChild = (parentRate: number, strength: number, childSuccesses: number, childTrials: number, random: () => number): number => {
    const rate = clampRate(parentRate);
    if (strength >= maxStrength) return (strength * rate + childSuccesses) / (strength + childTrials);
    return sampleBeta(strength * rate + childSuccesses, strength * (1 - rate) + childTrials - childSuccesses, random);
  };
  // Factor posterior: Gamma(observed + pseudo) / (expected + pseudo), the conjugate of a Poisson ratio.
  const drawFactor = (entry: { successes: number; trials: number } | undefined, random: () => number): number =>
    entry ? sampleGamma(entry.successes + factorPseudoCount, random) / (entry.trials + factorPseudoCount) : sampleGamma(factorPseudoCount, random) / factorPseudoCount;

  return {
    draw(segment, arms, random) {
      const angleDraws = new Map<string, number>();
      const channelDraws = new Map<string, number>();
      const factor = segmentFactor(segment);
      return arms.map(({ angle, channel }) => {
        let angleRate = angleDraws.get(angle);
        if (angleRate === undefined) {
          const moments = angleOf(angle);
          const shape = betaFromMoments(moments.mean, moments.variance);
          angleRate = sampleBeta(shape.alpha, shape.beta, random);
          angleDraws.set(angle, angleRate);
        }
        let channelFactor = channelDraws.get(channel);
        if (channelFactor === undefined) {
          channelFactor = drawFactor(channelObserved.get(channel), random);
          channelDraws.set(channel, channelFactor);
        }
        const pairCount = angleChannels.get(angle + separator + channel) ?? { successes: 0, trials: 0 };
        const pairRate = drawChild(angleRate * channelFactor, channelStrength, pairCount.successes, pairCount.trials, random);
        const count = cellCounts.get(segment + separator + angle + separator + channel);
        return drawChild(pairRate * factor, segmentStrength, count?.successes ?? 0, count?.trials ?? 0, random);
      });
    },
    strengths: { angle: angleStrength, channel: channelStrength, segment: segmentStrength },
    overallMean: overall.mean,
    cell(segment, angle, channel) {
      const count = cellCounts.get(segment + separator + angle + separator + channel);
      const parent = segmentParent(segment, angle, channel);
      const moments = shrink(count?.successes ?? 0, count?.trials ?? 0, parent.mean, parent.variance, segmentStrength);
      const { alpha, beta } = betaFromMoments(moments.mean, moments.variance);
      return {
        successes: moments.successes,
        trials: moments.trials,
        parentMean: parent.mean,
        strength: segmentStrength,
        mean: moments.mean,
        variance: moments.variance,
        alpha,
        beta,
      };
    },
  };
}
