/**
 * The loop as a user wires it from the library's public pieces, with default settings: the angle
 * learner, the reply model, `rankContacts` and `learningInsights`.
 */
import { createAngleLearner } from '../angle-learner/index.js';
import { learningInsights } from '../insights/index.js';
import { rankContacts } from '../ranking/index.js';
import { createReplyModel } from '../reply-model/reply-model.js';
import type { CreateLoopComponents, LoopRanked } from './loop-components.js';

/** Settings of {@link createDefaultLoopComponentsWith}. */
export interface DefaultLoopSettings {
  /**
   * `ranking` (default): the angle and channel `rankContacts` asks the learner for, once per
   * segment per day's batch, as a user running campaigns gets them. `per-contact`: one Thompson
   * draw per contact (`recommendAngle` for each).
   */
  angleChoice?: 'ranking' | 'per-contact';
}

/**
 * Default components with settings. Timing reaches the reply model as features (days since a
 * signal, send day and hour), so no separate timing multiplier is passed to ranking: the ranking
 * docs warn that passing both counts timing twice.
 */
export function createDefaultLoopComponentsWith(settings: DefaultLoopSettings = {}): CreateLoopComponents {
  const perContact = settings.angleChoice === 'per-contact';
  return (setup) => {
    const learner = createAngleLearner({
      angles: setup.angles,
      channels: setup.channels,
      random: () => setup.random.next(),
    });
    const model = createReplyModel();
    return {
      rank(candidates) {
        const ranked = rankContacts(candidates, perContact ? { model } : { model, learner });
        return ranked.map((entry) => {
          const result: LoopRanked = { id: entry.id };
          if (!perContact && entry.angle !== undefined && entry.channel !== undefined) {
            result.angle = entry.angle;
            result.channel = entry.channel;
            result.pReply = entry.pReply;
          }
          return result;
        });
      },
      recommend(segment) {
        const recommendation = learner.recommendAngle({ segment });
        return { angle: recommendation.angle, channel: recommendation.channel };
      },
      predict: (features) => model.predict(features).p,
      update(observation, success) {
        learner.update({ segment: observation.segment, angle: observation.angle, channel: observation.channel, success });
        model.update({ features: observation.features ?? {}, success });
      },
      insights: (observations) => learningInsights(observations, { target: setup.target }),
    };
  };
}

/** The default loop: `rankContacts` with the angle learner and reply model, `learningInsights` at the end. */
export const createDefaultLoopComponents: CreateLoopComponents = createDefaultLoopComponentsWith();
