/**
 * The ICP-fit prior and the logistic link, shared by one-at-a-time and batch prediction so both
 * give bit-identical answers. Internal to the reply model.
 */
import type { FeatureValue } from './feature-encoder.js';

/**
 * Target rate of a contact under the ICP-fit prior: `base × max(0.05, 1 + fitLift·(fit − 0.5))`
 * (fit clamped to [0, 1]; a missing or non-numeric fit counts as average), clamped to [1e-6, 0.99].
 */
export function priorRate(fit: FeatureValue | undefined, base: number, fitLift: number): number {
  const lift = typeof fit === 'number' && Number.isFinite(fit) ? Math.max(0.05, 1 + fitLift * (Math.min(1, Math.max(0, fit)) - 0.5)) : 1;
  return Math.min(0.99, Math.max(1e-6, base * lift));
}

/** log(p / (1 − p)). */
export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/** 1 / (1 + e^(−z)). */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
