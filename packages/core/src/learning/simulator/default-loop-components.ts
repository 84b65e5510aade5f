/**
 * The loop as a user wires it from the library's public pieces, with default settings: the angle
 * learner, the reply model, `rankContacts` and `learningInsights`.
 */
import { createAngleLearner } from '../angle-learner/index.js';
import type { AngleLearnerOptions } from '../angle-learner/index.js';
import { learningInsights } from '../insights/index.js';
import { rankContacts } from '../ranking/index.js';
import { createReplyModel } from '../reply-model/reply-model.js';
import type { CreateLoopComponents, LoopRanked } from './loop-components.js';

/** Settings of {@link createDefaultLoopComponentsWith}. */
export interface DefaultLoopSettings {
  /**
   * `per-contact` (default): one Thompson draw per contact (`recommendAngle` for each), ranking by
   * the reply model alone. `ranking`: the angle and channel `rankContacts` asks the learner for,
   * once per segment per day's batch, so ~10 contacts share one draw. Measured with the additive
   * learner (seeds 101–140, 2,000 sends, learner ÷ oracle, median): per-contact 85.2% vs 84.6% at
   * σ 0.1, 80.6% vs 78.6% at σ 0.4.
   */
  angleChoice?: 'ranking' | 'per-contact';
  /**
   * Learner settings other than angles, channels and the random source. Default exploration floor
   * 0.02 (the learner's own default is 0.05): a smaller floor wastes fewer sends on arms the
   * posterior has ruled out. With the learner's defaults otherwise (additive logit model,
   * exploration scale 0.4) and each send weighed in as its reply window ages, measured over seeds
   * 1–20: 83.7% / 79.1% / 93.1% of the oracle (σ 0.1 / σ 0.4 at 2,000 sends, σ 0.1 at 10,000),
   * vs 79.7% / 73.6% / 87.6% with the pooled Beta model updated only when windows close; on
   * seeds 101–140 85.2% / 80.6%, on 141–200 84.7% / 78.8%. Floor 0.01 measured the same (84.0% /
   * 78.7% on seeds 141–200), so the default stays. Default horizon: the run's sends
   * (`setup.horizon`), so the draws narrow as the campaign runs out; with `angleChoice: 'ranking'`
   * the learner makes one recommendation per segment and batch, fewer than the sends, and narrows
   * more slowly. Median over seeds 101–160 (161–200): 84.2% → 85.8% (86.0% → 86.5%) at σ 0.1,
   * 80.2% → 81.9% (77.9% → 80.0%) at σ 0.4; seeds 1–20: 83.7% → 87.8% at σ 0.1,
   * 79.1% → 76.9% at σ 0.4 (mean per-seed difference −0.9 ± 0.8 points on those 20 seeds, against
   * +0.9 ± 0.5 and +0.9 ± 0.7 on the held-out ones), 93.1% → 93.4% at 10,000 sends. Seeds 101–160
   * chose these settings, so they flatter them: on seeds no setting was chosen on, 201–300, the
   * median is 79.9% at σ 0.4 (201–260: 78.7%, mean 77.0%), and 84.7% at σ 0.1 (201–240). Of the gap
   * to the oracle at σ 0.4 (seeds 101–140, expected rates), sending every contact the true best
   * channel closes about a fifth (80.4% → 84.4%) and the true best angle most of the rest (→ 95.6%);
   * contacts, send times and reply delays play no part (every contact is sent when drawn, and the
   * weights of pending sends match the delays). The posterior mode at the end of a run still loses
   * about 0.16–0.2 log-odds per segment to the best arm: the shortfall is what 400 sends per
   * segment can tell. Every form of extra exploration measured on seeds 101–160 (a wider draw, a
   * wider draw on the shared or on the segment-specific effects, a larger floor aimed at the
   * least-sent or a plain Thompson arm) lost 1.5–2.5 points there (seeds that favour the
   * defaults, so the loss may be smaller elsewhere). Other policies on the same additive
   * posterior, measured at σ 0.4 on seeds 201–260 (this default: median 78.7%; mean per-seed
   * difference ± standard error): online knowledge gradient with correlated beliefs over the
   * sends left (KG(*) batches, all segments' best rates) −2.2 ± 1.8 points, also with the day's
   * chosen sends conditioned in as pending −2.2 ± 1.8, its bonus ×3 −1.5 ± 1.7; the posterior
   * mode (greedy, same floor) −6.3 ± 2.1; variance-based information-directed sampling (256
   * draws) −0.2 ± 1.4 (σ 0.1, seeds 201–240: +0.0 ± 1.9), counting information about every
   * segment's best arm −1.3 ± 1.6, greedy in the campaign's tail −1.0 ± 1.4; a model without the
   * segment × channel and angle × channel interactions +1.4 ± 1.2, not repeated on seeds 261–320
   * (+0.0 ± 1.0), and averaged with the full model by Laplace evidence −1.6 ± 1.6. Uncertainty
   * in the spreads, on seeds 201–320 (2,000 sends, mean per-seed difference ± standard error,
   * σ 0.4 / σ 0.1): Thompson draws that first draw the segment × angle spread (7 points over
   * log τ around the empirical-Bayes estimate, ×√2 apart, weighted by Laplace evidence and a
   * half-Cauchy(0.25) prior, the mode refitted per point) −0.6 ± 1.0 / −0.2 ± 1.1 points (median
   * 79.8% → 78.7% / 85.9% → 86.9%); a Student-t prior (ν = 1, per-effect scales by EM) on the
   * segment × angle effects −0.1 ± 0.3 / −0.4 ± 0.3. After 2,000 sends the evidence for that
   * spread is still broad (seeds 201–204: half the estimate keeps 0.3–0.9 of its weight). Part of
   * the losses measured on seeds 101–160 is selection: the default with only its random stream
   * shifted (one more uniform per draw) measured −2.5 ± 1.1 points there at σ 0.4, and
   * +0.4 ± 1.0 on seeds 201–320, whose median still moved 79.8% → 78.8%: a point of median is
   * within the learner's own sampling noise. Where the σ 0.4 shortfall comes from (seeds 21–60,
   * loss per send in log-odds against each segment's best arm, by fifth of the campaign): 0.57,
   * 0.37, 0.28, 0.25, 0.22 (a uniform split loses 0.65), mostly the angle's; a third of
   * the loss falls in the first 400 sends, whose replies come 1–6 days late. The pooling is not
   * the cause: with the market's true structure imposed (segment × angle spread fixed at 0.4, no
   * segment × channel or angle × channel effects) the mean per-seed difference is −0.1 ± 1.0
   * points (seeds 21–120, σ 0.4; this default: median 80.9%, mean 78.7%), although the
   * empirical-Bayes spreads at 2,000 sends are 0.28, 0.23 and 0.23 against the truth's 0.4, 0 and
   * 0: about 16 target outcomes per segment cannot tell them apart. Bounds on the same market
   * (seeds 21–120, true probabilities, outcomes after the reply window, the posterior mode sent):
   * a learner told every arm's outcome for every contact reaches 88.5% at σ 0.4 (91.5% at σ 0.1);
   * one told the outcome of one uniformly random arm per contact, as much data as this loop gets
   * but with no exploration to pay for, 78.7% (85.3%), below this loop's 80.1% expected. Also
   * flat or worse there: a lighter anchor on the spread estimate (weight 0.3: −0.5 ± 0.6; 0.1: −0.7 ± 0.6), an
   * interaction anchor of 0.4 (−1.2 ± 0.8), draws of the shared effects widened √K-fold
   * (−2.2 ± 0.9) or of the segment-specific ones narrowed to 0.6 (−0.2 ± 0.7), optimistic
   * draws max(draw, mode) (−1.5 ± 0.9), draws centred on the posterior mean rate rather than the
   * mode (−0.5 ± 0.6), exploration scale 0.5 or 0.3 (−0.5 ± 0.8, −0.8 ± 0.8), floor 0
   * (−0.1 ± 1.2), a horizon that counts sends awaiting replies as spent (−0.2 ± 0.4). Seeds 1–20
   * sit low: over seeds 21–220 the median is 80.2%, and medians of 20 seeds drawn from them span
   * 75.9–83.3% (5th–95th percentile); the default with its random stream shifted by 1–4 draws
   * gives seeds 1–20 medians of 77.8–82.2% (unshifted 76.9%). Measured 2026-11-27 at σ 0.4
   * (mean per-seed difference ± standard error, seeds 1–20 / 21–100): top-two Thompson sampling
   * (β 0.5) +0.8 ± 2.1 / −0.5 ± 1.3; a per-option look-ahead draw width (the share of its
   * uncertainty the sends left would resolve) −4.5 ± 1.3 on 21–55, scaled by 0.4 +2.4 ± 1.1 /
   * −0.2 ± 0.8 (101–200: −2.1 ± 1.0); a segment × angle spread per segment shrunk toward the
   * shared one −0.1 ± 0.3 / +0.1 ± 0.3; each day's sends of a segment split by low-discrepancy
   * sampling of the Thompson choice probabilities +1.9 ± 2.6 / −1.1 ± 1.5. Four of seeds 1–20
   * (4, 5, 8, 18) and 6 of 21–100 lock onto the wrong channel (seed 5: LinkedIn truly better by
   * 0.26 log-odds, 1 success in its first 87 sends, 3 in 197 at the end): the clearest failure
   * left, needing exploration aimed only where it is missing.
   */
  learner?: Omit<AngleLearnerOptions, 'angles' | 'channels' | 'random'>;
}

/**
 * Default components with settings. Timing reaches the reply model as features (days since a
 * signal, send day and hour), so no separate timing multiplier is passed to ranking: the ranking
 * docs warn that passing both counts timing twice.
 */
export function createDefaultLoopComponentsWith(settings: DefaultLoopSettings = {}): CreateLoopComponents {
  const perContact = settings.angleChoice !== 'ranking';
  return (setup) => {
    const learner = createAngleLearner({
      explorationFloor: 0.02,
      horizon: setup.horizon,
      ...settings.learner,
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
        model.update({ features: observation.features ?? {}, success });
      },
      learn(update) {
        learner.update(update);
      },
      insights: (observations) => learningInsights(observations, { target: setup.target }),
    };
  };
}

/** The default loop: one learner draw per contact, `rankContacts` with the reply model, `learningInsights` at the end. */
export const createDefaultLoopComponents: CreateLoopComponents = createDefaultLoopComponentsWith();
