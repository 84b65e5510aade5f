/**
 * The market simulation: one seeded market and one contact stream, four strategies (the learning
 * loop, the oracle, a uniform split, test-and-roll), the same outcomes for the same choices.
 */
import { seededRandom } from '../../testing/seeded-random.js';
import { brier, expectedCalibrationError } from '../metrics/index.js';
import { wilsonInterval } from '../stats/proportion-intervals.js';
import type { OutcomeEvent, TargetOutcome } from '../outcome-event.js';
import { calibrationAgainstTruth } from './calibration-against-truth.js';
import { judgeInsight } from './judge-insight.js';
import type { InsightVerdict, SendTruth } from './judge-insight.js';
import { createLearnerStrategy } from './learner-strategy.js';
import type { CreateLoopComponents } from './loop-components.js';
import type { ContactFate, MarketKind, MarketOptions } from './market.js';
import { createMarket } from './market.js';
import { createOracleStrategy } from './oracle-strategy.js';
import type { CandidateContact, SendChoice, SendStrategy } from './send-strategy.js';
import { simulationIso, simulationWeekday } from './simulation-calendar.js';
import { createTestAndRollStrategy } from './test-and-roll-strategy.js';
import { createUniformStrategy } from './uniform-strategy.js';

/** Settings of {@link simulate}; the defaults are the default market. */
export interface SimulateOptions {
  /** Sends per strategy. Default 2,000. */
  sends?: number;
  /** Seed of the market, the contact stream and every strategy's randomness. Default 1. */
  seed?: number;
  /** `default` or `null` (no real differences). Default `default`. */
  market?: MarketKind;
  /** Segments K. Default 5. */
  segments?: number;
  /** Angles A. Default 4. */
  angles?: number;
  /** Segment × angle interaction spread (log-odds SD). Default 0.1. */
  sigma?: number;
  /** Range of per-segment base rates of the target outcome. Default [0.02, 0.06]. */
  base?: readonly [number, number];
  /** Replies arrive 0–`delay` business days after the send. Default 5. */
  delay?: number;
  /** Outcome optimized and counted. Default `positive-reply`. */
  target?: TargetOutcome;
  /** Contacts arriving (and sent) per business day. Default 50. */
  perDay?: number;
  /**
   * Business days after a send at which no reply counts as a failure for the learners. Default
   * `delay + 1`: the user sets it from their own reply latency, and the simulator's user knows it.
   */
  replyWindow?: number;
  /** Held-out contacts scored by the final reply model for calibration. Default 10,000. */
  holdout?: number;
  /** Further market settings (angle and channel spreads, signal lift, …). */
  marketOptions?: Omit<MarketOptions, 'seed' | 'kind' | 'segments' | 'angles' | 'sigma' | 'base' | 'delay'>;
}

/** Injected parts: the loop under test (default: the library's own learner, model, ranking and insights). */
export interface SimulateDependencies {
  createComponents: CreateLoopComponents;
  /** Observes every learner update and the business day it happened on. */
  onLearnerUpdate?: (messageId: string, success: boolean, day: number) => void;
  /** Observes every send: strategy, message id, day, reply delay in days (the ground truth). */
  onSend?: (send: { strategy: string; messageId: string; day: number; delay: number; success: boolean }) => void;
}

/** Calibration of the reply model's predictions. */
export interface CalibrationFigures {
  n: number;
  /** Brier score against outcomes. */
  brier: number | undefined;
  /** Expected calibration error against outcomes (10 equal-mass bins). */
  ece: number | undefined;
  /** Mean squared error against the true probabilities. */
  brierTruth: number | undefined;
  /** Expected calibration error against the true probabilities (10 equal-mass bins). */
  eceTruth: number | undefined;
  /** Mean predicted probability and mean true probability. */
  meanPredicted: number | undefined;
  meanTrue: number | undefined;
}

/** Result of {@link simulate}; the first fields are the `compound simulate --json` contract. */
/** The counts behind a simulated rate and its Wilson 95% interval. */
export interface SimulatedRate {
  successes: number;
  sends: number;
  low: number;
  high: number;
}

export interface SimulationResult {
  sends: number;
  seed: number;
  market: MarketKind;
  target: TargetOutcome;
  /** Cumulative target-outcome rate of the learning loop over all its sends. */
  achieved: number;
  /** Same for the oracle, the uniform split and test-and-roll, on the same contacts and outcomes. */
  oracle: number;
  uniform: number;
  testAndRoll: number;
  /** The loop's rate over the second half of its sends. */
  achievedLastHalf: number;
  /** Oracle expected successes minus the loop's expected successes, from the true probabilities. */
  regret: number;
  /** Brier score and ECE of the loop's predictions (made before each send) against outcomes. */
  brier: number | undefined;
  ece: number | undefined;
  /** Insights emitted at the end, each judged against the ground truth (`true` is null for statements that claim no effect). */
  insights: InsightVerdict[];
  /** Insights claiming an effect the market does not have. */
  falseInsights: number;
  /** Successes, sends and Wilson 95% interval behind `achieved`, `oracle`, `uniform`, `testAndRoll` and `achievedLastHalf`. */
  intervals: { achieved: SimulatedRate; oracle: SimulatedRate; uniform: SimulatedRate; testAndRoll: SimulatedRate; achievedLastHalf: SimulatedRate };
  /** Expected rates (mean true probability of the chosen sends): the same comparison without outcome noise. */
  expected: { achieved: number; oracle: number; uniform: number; testAndRoll: number };
  calibration: { prequential: CalibrationFigures; holdout: CalibrationFigures };
  /** The settings the run used. */
  options: Required<Omit<SimulateOptions, 'marketOptions'>>;
}

interface Tally {
  sends: number;
  successes: number;
  expected: number;
  lastHalfSends: number;
  lastHalfSuccesses: number;
}

const emptyTally = (): Tally => ({ sends: 0, successes: 0, expected: 0, lastHalfSends: 0, lastHalfSuccesses: 0 });

/**
 * Runs the simulation. Deterministic: the same options (and components) give the same result.
 *
 * @example
 * const result = simulate({ sends: 2000, seed: 3 }, { createComponents: createDefaultLoopComponents });
 * result.achieved / result.oracle; // ≈ 0.9
 */
export function simulate(options: SimulateOptions, dependencies: SimulateDependencies): SimulationResult {
  const delay = Math.max(0, Math.floor(options.delay ?? 5));
  const settings: Required<Omit<SimulateOptions, 'marketOptions'>> = {
    sends: Math.max(1, Math.floor(options.sends ?? 2000)),
    seed: options.seed ?? 1,
    market: options.market ?? 'default',
    segments: options.segments ?? 5,
    angles: options.angles ?? 4,
    sigma: options.sigma ?? 0.1,
    base: options.base ?? [0.02, 0.06],
    delay,
    target: options.target ?? 'positive-reply',
    perDay: Math.max(1, Math.floor(options.perDay ?? 50)),
    replyWindow: Math.max(1, Math.floor(options.replyWindow ?? delay + 1)),
    holdout: Math.max(0, Math.floor(options.holdout ?? 10_000)),
  };
  const { sends, seed, target, perDay, replyWindow } = settings;
  const root = seededRandom(seed);
  const market = createMarket({
    ...options.marketOptions,
    seed: root.uint32() | 0,
    kind: settings.market,
    segments: settings.segments,
    angles: settings.angles,
    sigma: settings.sigma,
    base: settings.base,
    delay,
  });
  const stream = root.fork();
  const holdoutStream = root.fork();
  const components = dependencies.createComponents({
    segments: market.segments,
    angles: market.angles,
    channels: market.channels,
    target,
    horizon: sends,
    random: root.fork(),
  });
  const learner = createLearnerStrategy({
    components,
    replyWindow,
    target,
    onUpdate: (observation, success, day) => dependencies.onLearnerUpdate?.(observation.messageId, success, day),
  });
  const strategies: SendStrategy[] = [
    learner,
    createOracleStrategy(market),
    createUniformStrategy({ angles: market.angles, channels: market.channels, random: root.fork() }),
    createTestAndRollStrategy({
      segments: market.segments,
      angles: market.angles,
      channels: market.channels,
      horizon: sends,
      replyWindow,
      target,
      random: root.fork(),
    }),
  ];
  const tallies = strategies.map(emptyTally);
  const inboxes = strategies.map(() => new Map<number, OutcomeEvent[]>());
  const predictions: number[] = [];
  const predictionTruth: number[] = [];
  const predictionOutcomes: boolean[] = [];
  let regret = 0;
  const learnerTruth = new Map<string, SendTruth>();

  const days = Math.ceil(sends / perDay);
  let drawn = 0;
  for (let day = 0; day < days + replyWindow + 1; day += 1) {
    const batch: CandidateContact[] = [];
    const fates = new Map<string, ContactFate>();
    while (day < days && batch.length < perDay && drawn < sends) {
      drawn += 1;
      const { contact, fate } = market.drawContact(stream, `c${drawn}`);
      fates.set(contact.id, fate);
      batch.push({ contact, sentAt: '', sendDay: simulationWeekday(day), sendHour: stream.int(8, 17) });
    }
    for (const candidate of batch) candidate.sentAt = simulationIso(day, candidate.sendHour);
    strategies.forEach((strategy, index) => {
      const inbox = inboxes[index] as Map<number, OutcomeEvent[]>;
      strategy.receive(inbox.get(day) ?? [], day);
      inbox.delete(day);
      if (batch.length === 0) return;
      const choices = strategy.decide(batch, day);
      const sentEvents: OutcomeEvent[] = [];
      const byId = new Map(batch.map((candidate) => [candidate.contact.id, candidate]));
      for (const choice of choices) {
        const candidate = byId.get(choice.contactId);
        const fate = fates.get(choice.contactId);
        if (candidate === undefined || fate === undefined) continue;
        byId.delete(choice.contactId);
        const p = market.probability(candidate.contact, choice.angle, choice.channel);
        const success = fate.u < p;
        const tally = tallies[index] as Tally;
        if (tally.sends >= sends / 2) {
          tally.lastHalfSends += 1;
          tally.lastHalfSuccesses += success ? 1 : 0;
        }
        tally.sends += 1;
        tally.successes += success ? 1 : 0;
        tally.expected += p;
        const messageId = `${strategy.name}:${choice.contactId}`;
        if (strategy === learner) {
          learnerTruth.set(messageId, { contact: candidate.contact, p });
          regret += market.best(candidate.contact).p - p;
          if (choice.predicted !== undefined) {
            predictions.push(choice.predicted);
            predictionTruth.push(p);
            predictionOutcomes.push(success);
          }
        }
        dependencies.onSend?.({ strategy: strategy.name, messageId, day, delay: fate.delay, success });
        const events = messageEvents(messageId, candidate, choice, fate, success, day, target, market.otherReplyRate);
        sentEvents.push(events.sent);
        for (const reply of events.later) {
          // A reply on day d is read at the start of day d + 1, before that day's sends.
          const arrival = day + fate.delay + 1;
          const list = inbox.get(arrival);
          if (list === undefined) inbox.set(arrival, [reply]);
          else list.push(reply);
        }
      }
      strategy.receive(sentEvents, day);
    });
  }

  const holdout = holdoutCalibration(settings.holdout, holdoutStream, days);
  function holdoutCalibration(count: number, random: typeof stream, day: number): CalibrationFigures {
    const predicted: number[] = [];
    const truth: number[] = [];
    const outcomes: boolean[] = [];
    for (let start = 0; start < count; start += perDay) {
      const batch: CandidateContact[] = [];
      const fates = new Map<string, ContactFate>();
      for (let index = start; index < Math.min(count, start + perDay); index += 1) {
        const { contact, fate } = market.drawContact(random, `h${index + 1}`);
        fates.set(contact.id, fate);
        const sendHour = random.int(8, 17);
        batch.push({ contact, sentAt: simulationIso(day, sendHour), sendDay: simulationWeekday(day), sendHour });
      }
      const byId = new Map(batch.map((candidate) => [candidate.contact.id, candidate.contact]));
      for (const choice of learner.preview(batch)) {
        const contact = byId.get(choice.contactId);
        const fate = fates.get(choice.contactId);
        if (contact === undefined || fate === undefined || choice.predicted === undefined) continue;
        const p = market.probability(contact, choice.angle, choice.channel);
        predicted.push(choice.predicted);
        truth.push(p);
        outcomes.push(fate.u < p);
      }
    }
    return calibrationFigures(predicted, truth, outcomes);
  }

  const [learnerTally, oracleTally, uniformTally, testAndRollTally] = tallies as [Tally, Tally, Tally, Tally];
  const rate = (tally: Tally): number => (tally.sends === 0 ? 0 : tally.successes / tally.sends);
  const expectedRate = (tally: Tally): number => (tally.sends === 0 ? 0 : tally.expected / tally.sends);
  const simulatedRate = (successes: number, trials: number): SimulatedRate => {
    const [low, high] = wilsonInterval({ successes, trials });
    return { successes, sends: trials, low, high };
  };
  const observations = learner.observations();
  const insights = components.insights(observations).map((insight) => judgeInsight(insight, market, observations, learnerTruth));
  const prequential = calibrationFigures(predictions, predictionTruth, predictionOutcomes);
  return {
    sends,
    seed,
    market: settings.market,
    target,
    achieved: rate(learnerTally),
    oracle: rate(oracleTally),
    uniform: rate(uniformTally),
    testAndRoll: rate(testAndRollTally),
    achievedLastHalf: learnerTally.lastHalfSends === 0 ? 0 : learnerTally.lastHalfSuccesses / learnerTally.lastHalfSends,
    regret,
    brier: prequential.brier,
    ece: prequential.ece,
    insights,
    falseInsights: insights.filter((insight) => insight.true === false).length,
    intervals: {
      achieved: simulatedRate(learnerTally.successes, learnerTally.sends),
      oracle: simulatedRate(oracleTally.successes, oracleTally.sends),
      uniform: simulatedRate(uniformTally.successes, uniformTally.sends),
      testAndRoll: simulatedRate(testAndRollTally.successes, testAndRollTally.sends),
      achievedLastHalf: simulatedRate(learnerTally.lastHalfSuccesses, learnerTally.lastHalfSends),
    },
    expected: {
      achieved: expectedRate(learnerTally),
      oracle: expectedRate(oracleTally),
      uniform: expectedRate(uniformTally),
      testAndRoll: expectedRate(testAndRollTally),
    },
    calibration: { prequential, holdout },
    options: settings,
  };
}

function calibrationFigures(predicted: number[], truth: number[], outcomes: boolean[]): CalibrationFigures {
  const mean = (values: number[]): number | undefined =>
    values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
  const againstTruth = calibrationAgainstTruth(predicted, truth);
  return {
    n: predicted.length,
    brier: brier(predicted, outcomes),
    ece: expectedCalibrationError(predicted, outcomes),
    brierTruth: againstTruth.meanSquaredError,
    eceTruth: againstTruth.ece,
    meanPredicted: mean(predicted),
    meanTrue: mean(truth),
  };
}

/** The events a send produces: its `sent` event now, and a reply (and meeting) later if any. */
function messageEvents(
  messageId: string,
  candidate: CandidateContact,
  choice: SendChoice,
  fate: ContactFate,
  success: boolean,
  day: number,
  target: TargetOutcome,
  otherReplyRate: number,
): { sent: OutcomeEvent; later: OutcomeEvent[] } {
  const { contact } = candidate;
  const common = { source: 'simulator', messageId, contactId: contact.id, segment: contact.segment, angle: choice.angle, channel: choice.channel };
  const attributes: Record<string, string | number | boolean> = {
    segment: contact.segment,
    angle: choice.angle,
    channel: choice.channel,
    fit: contact.fit,
    companySize: contact.companySize,
    seniority: contact.seniority,
    signal: contact.signal ?? 'none',
    sendDay: candidate.sendDay,
    sendHour: candidate.sendHour,
  };
  if (contact.daysSinceSignal !== undefined) attributes['daysSinceSignal'] = contact.daysSinceSignal;
  const sent: OutcomeEvent = { ...common, externalId: `${messageId}:sent`, type: 'sent', occurredAt: candidate.sentAt, attributes };
  const replyAt = simulationIso(day + fate.delay, Math.min(23, candidate.sendHour + 2));
  const later: OutcomeEvent[] = [];
  if (success) {
    later.push({ ...common, externalId: `${messageId}:reply`, type: 'replied', sentiment: 'positive', occurredAt: replyAt });
    if (target === 'meeting') {
      later.push({ ...common, externalId: `${messageId}:meeting`, type: 'meeting-booked', occurredAt: replyAt });
    }
  } else if (fate.v < otherReplyRate) {
    // Replies that are not the target: never positive when the target is a positive reply or a
    // meeting; only out-of-office (not a reply) when the target is any reply.
    const sentiment = target === 'reply' ? 'out-of-office' : fate.otherSentiment;
    later.push({ ...common, externalId: `${messageId}:reply`, type: 'replied', sentiment, occurredAt: replyAt });
  }
  return { sent, later };
}
