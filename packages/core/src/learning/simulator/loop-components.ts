/**
 * The parts of the learning loop the simulator drives, as the public API offers them: an angle
 * learner, a reply model, ranking and insights. The simulator only ever calls these; it never
 * hands them ground truth.
 */
import type { AngleObservation } from '../angle-learner/index.js';
import type { LearningInsight } from '../insights/index.js';
import type { SeededRandom } from '../../testing/seeded-random.js';
import type { Channel, SendObservation, TargetOutcome } from '../outcome-event.js';

/** Feature values of a contact or send, by name. */
export type LoopFeatures = Record<string, string | number | boolean>;

/** A contact offered to ranking. */
export interface LoopCandidate {
  id: string;
  segment: string;
  fit: number;
  signal?: string;
  daysSinceSignal?: number;
  features: LoopFeatures;
}

/** One ranked contact: the angle and channel to use when ranking chose them. */
export interface LoopRanked {
  id: string;
  angle?: string;
  channel?: Channel;
  /** Predicted probability of the target outcome with that angle and channel, when ranking made one. */
  pReply?: number;
}

/** An insight as `learningInsights` emits it. */
export type LoopInsight = LearningInsight;

/** The loop as a user wires it. */
export interface LoopComponents {
  /** Ranks the day's candidates (best first); may pick angle and channel per contact. */
  rank(candidates: LoopCandidate[]): LoopRanked[];
  /** Angle and channel for a contact's segment (Thompson sampling in the real learner). */
  recommend(segment: string): { angle: string; channel: Channel };
  /** Predicted probability of the target outcome for a send with these features (angle and channel included). */
  predict(features: LoopFeatures): number;
  /** Learns from one closed send (its window has passed; `success` is the target outcome): the reply model. */
  update(observation: SendObservation, success: boolean): void;
  /**
   * Weighs in a send as its reply window ages (see `createReplyWindowExposure`): partial failures
   * while no reply came, a success as soon as the reply arrives. The angle learner.
   */
  learn(update: AngleObservation): void;
  /** Insights over all observations at the end of the run. */
  insights(observations: SendObservation[]): LoopInsight[];
}

/** What the loop is told when it is set up: the user's own configuration, no ground truth. */
export interface LoopSetup {
  segments: readonly string[];
  angles: readonly string[];
  channels: readonly Channel[];
  target: TargetOutcome;
  /** Sends the run will make: the campaign size the user plans (the angle learner's horizon). */
  horizon: number;
  /** Seeded source for the loop's own randomness (Thompson sampling). */
  random: SeededRandom;
}

/** Builds the loop's components for one run. */
export type CreateLoopComponents = (setup: LoopSetup) => LoopComponents;
