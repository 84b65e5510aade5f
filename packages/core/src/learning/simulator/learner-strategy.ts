import type { SendObservation, TargetOutcome } from '../outcome-event.js';
import { createReplyWindowExposure } from '../angle-learner/index.js';
import { achievedTarget } from '../outcome-event.js';
import type { LoopCandidate, LoopComponents, LoopFeatures } from './loop-components.js';
import { createMessageBook } from './message-book.js';
import type { CandidateContact, SendChoice, SendStrategy } from './send-strategy.js';

/** The system under test, driven through its components as a user would. */
export interface LearnerStrategy extends SendStrategy {
  /** Choices and predictions for a batch without sending (for held-out calibration). */
  preview(batch: readonly CandidateContact[]): SendChoice[];
  /** Every observation folded from the events received so far. */
  observations(): SendObservation[];
}

/** The features the system knows about a candidate before choosing angle and channel. */
export function candidateFeatures(candidate: CandidateContact): LoopFeatures {
  const { contact } = candidate;
  const features: LoopFeatures = {
    segment: contact.segment,
    fit: contact.fit,
    companySize: contact.companySize,
    seniority: contact.seniority,
    signal: contact.signal ?? 'none',
    sendDay: candidate.sendDay,
    sendHour: candidate.sendHour,
  };
  if (contact.daysSinceSignal !== undefined) features['daysSinceSignal'] = contact.daysSinceSignal;
  return features;
}

/**
 * The learning loop as a strategy: each day the candidates are ranked, each gets the angle and
 * channel the loop picks and a predicted probability. The angle learner hears of a send as its
 * reply window ages (a partial failure per day without a reply, a success when the reply arrives);
 * the reply model learns a send's outcome when its window closes, folded from the events that arrived.
 */
export function createLearnerStrategy(options: {
  components: LoopComponents;
  replyWindow: number;
  target: TargetOutcome;
  /** Called on every update with the day it happens (tests check that no update precedes its reply). */
  onUpdate?: (observation: SendObservation, success: boolean, day: number) => void;
}): LearnerStrategy {
  const { components, target, onUpdate } = options;
  const book = createMessageBook(options.replyWindow);
  const exposure = createReplyWindowExposure(options.replyWindow);

  function choose(batch: readonly CandidateContact[]): SendChoice[] {
    const byId = new Map(batch.map((candidate) => [candidate.contact.id, candidate]));
    const candidates: LoopCandidate[] = batch.map((candidate) => {
      const entry: LoopCandidate = {
        id: candidate.contact.id,
        segment: candidate.contact.segment,
        fit: candidate.contact.fit,
        features: candidateFeatures(candidate),
      };
      if (candidate.contact.signal !== undefined) entry.signal = candidate.contact.signal;
      if (candidate.contact.daysSinceSignal !== undefined) entry.daysSinceSignal = candidate.contact.daysSinceSignal;
      return entry;
    });
    const features = new Map(candidates.map((candidate) => [candidate.id, candidate.features]));
    return components.rank(candidates).flatMap((ranked) => {
      const candidate = byId.get(ranked.id);
      if (candidate === undefined) return [];
      const picked =
        ranked.angle !== undefined && ranked.channel !== undefined
          ? { angle: ranked.angle, channel: ranked.channel }
          : components.recommend(candidate.contact.segment);
      const predicted =
        ranked.angle !== undefined && ranked.channel !== undefined && ranked.pReply !== undefined
          ? ranked.pReply
          : components.predict({ ...features.get(ranked.id), angle: picked.angle, channel: picked.channel });
      return [{ contactId: ranked.id, angle: picked.angle, channel: picked.channel, predicted }];
    });
  }

  return {
    name: 'learner',
    receive(events, day) {
      book.add(events, day);
      for (const event of events) {
        const observation = book.observation(event.messageId);
        if (observation === undefined) continue;
        if (event.type === 'sent') {
          exposure.sent({ id: observation.messageId, segment: observation.segment, angle: observation.angle, channel: observation.channel, sentAt: day });
        } else if (achievedTarget(observation, target)) {
          const success = exposure.succeeded(observation.messageId);
          if (success !== undefined) components.learn(success);
        }
      }
      for (const update of exposure.advance(day)) components.learn(update);
      for (const observation of book.close(day)) {
        const success = achievedTarget(observation, target);
        components.update(observation, success);
        onUpdate?.(observation, success, day);
      }
    },
    decide: (batch) => choose(batch),
    preview: (batch) => choose(batch),
    observations: () => book.observations(),
  };
}
