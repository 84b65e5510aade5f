import type { Playbook } from '../../playbook/index.js';
import type { StoredCompany, StoredContact, TenantStore } from '../../store/store.js';
import { createAngleLearner, createReplyWindowExposure, type AngleLearner } from '../angle-learner/index.js';
import { unknownDimension } from '../events/fold-events.js';
import { requireTimeZone, sendClock } from '../events/zoned-clock.js';
import { achievedTarget, type SendObservation, type TargetOutcome } from '../outcome-event.js';
import { createReplyModel, type FeatureRecord, type ReplyModel } from '../reply-model/index.js';
import { createTimingModel, type TimingModel } from '../timing/index.js';
import { contactLearningFeatures, contactSegment } from './contact-learning-features.js';
import { dailyRandom } from './daily-random.js';
import { signalSubjects, signalTimeline, type SignalAt } from './signal-timeline.js';

/** What the tenant's history has taught: the learners, rebuilt from every stored event. */
export interface TenantLearning {
  target: TargetOutcome;
  observations: SendObservation[];
  contacts: StoredContact[];
  companies: Map<string, StoredCompany>;
  learner: AngleLearner;
  /** The angles the learner chooses among (the playbook's and every recorded one); empty when no send recorded its angle and there is no playbook. */
  angles: string[];
  model: ReplyModel;
  timing: TimingModel;
  /** Versions of the saved model states (saved when the history grew or more reply windows closed). */
  versions: { replyModel: number; angleLearner: number; timing: number } | undefined;
  segmentOf(contact: StoredContact): string;
  featuresOf(contact: StoredContact): FeatureRecord;
  /**
   * The latest enrichment signal of the contact or its company at or before `time` (ms), with the
   * days since it: what the timing model learned windows from, and what ranking asks it about.
   */
  signalOf(contact: StoredContact, time: number): SignalAt | undefined;
  /** Sends the timing model learned with a signal from enrichment (the send's own event attributes aside). */
  sendsWithEnrichedSignal: number;
}

/** Options of {@link loadTenantLearning}. */
export interface LoadTenantLearningOptions {
  /** Default `positive-reply`. */
  target?: TargetOutcome;
  playbook?: Playbook;
  /**
   * Uniform source for Thompson sampling. Default: one seeded from the tenant, the UTC day of `now`
   * and the history's counts ({@link dailyRandom}), so the same day and data draw the same angles.
   */
  random?: () => number;
  /**
   * Save the learned states as new versions when the history grew since the last save, all in one
   * transaction (every state's new version lands, or none does) under the tenant's `model-states`
   * lock (of two runs at once, one saves). Default true.
   */
  save?: boolean;
  /**
   * Days after a send at which no reply counts as a failure. Default 7. The angle learner counts a
   * send still inside its window as the elapsed share of a failure (`createReplyWindowExposure`),
   * so the angles sent most recently are not marked down for replies that have not come yet; the
   * reply and timing models learn a send only once its window has closed (a reply that came early
   * is counted then too, so the models see every send's outcome at the same age and recent sends
   * do not read as failures).
   */
  replyWindowDays?: number;
  /** The current time (default `new Date()`), for the reply windows. */
  now?: () => Date;
  /**
   * The zone (IANA name) whose clock the timing model reads send days and hours on. Default: the
   * playbook's `timeZone`, else UTC.
   */
  timeZone?: string;
}

/** The zone of `options`, else of the playbook, else UTC; an unknown name is an `invalid-argument` error. */
export function tenantTimeZone(options: { timeZone?: string; playbook?: Playbook }): string {
  return requireTimeZone(options.timeZone ?? options.playbook?.timeZone ?? 'UTC', 'timeZone');
}

/**
 * Rebuilds the learners from the tenant's stored events (each update is O(1), so a full replay of
 * a few hundred thousand sends takes well under a second) and saves their states as a new version,
 * in one transaction, when the history grew or more reply windows closed. The angle set comes from the playbook's angles plus every angle seen.
 */
export async function loadTenantLearning(tenant: TenantStore, options: LoadTenantLearningOptions = {}): Promise<TenantLearning> {
  const target = options.target ?? 'positive-reply';
  const timeZone = tenantTimeZone(options);
  const [observations, contacts, companyList, signals] = await Promise.all([
    tenant.events.observations(),
    tenant.contacts.list({ orderBy: 'fit' }),
    tenant.companies.list(),
    tenant.enrichment.listSignals(),
  ]);
  // Enrichment's dated signals (funding, hiring for the persona, job changes, ...) of each
  // contact's company or the contact: the timing model learns each kind's window from the sends
  // that followed one.
  const timeline = signalTimeline(signals);
  const signalOf = (contact: StoredContact, time: number): SignalAt | undefined => timeline.latest(signalSubjects(contact), time);
  let sendsWithEnrichedSignal = 0;
  const companies = new Map(companyList.map((company) => [company.id, company]));
  const companyOf = (contact: StoredContact) => (contact.companyId ? companies.get(contact.companyId) : undefined);
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  // A send with no recorded angle says nothing about angles: "unknown" is never one to recommend.
  const angles = [...new Set([...(options.playbook?.angles.map((angle) => angle.name) ?? []), ...observations.map((o) => o.angle)])].filter((angle) => angle !== unknownDimension);
  const channels = [...new Set(['email', ...observations.map((observation) => observation.channel)])];
  const nowDate = options.now?.() ?? new Date();
  const now = nowDate.getTime();
  const random = options.random ?? dailyRandom(tenant.tenantId, nowDate, observations);
  const learner = createAngleLearner({ angles: angles.length > 0 ? angles : ['default'], channels, random });
  const model = createReplyModel();
  const timing = createTimingModel();

  const dayMs = 86_400_000;
  const windowMs = (options.replyWindowDays ?? 7) * dayMs;
  const exposure = createReplyWindowExposure(windowMs);
  // Sends whose outcome the reply and timing models have learned (windows closed, or no send time).
  let closed = 0;
  for (const observation of observations) {
    const success = achievedTarget(observation, target);
    const sentAt = Date.parse(observation.sentAt);
    const arm = { segment: observation.segment, angle: observation.angle, channel: observation.channel };
    if (arm.angle === unknownDimension) {
      if (now - sentAt < windowMs) continue;
    } else if (Number.isNaN(sentAt)) learner.update({ ...arm, success });
    else {
      exposure.sent({ id: observation.messageId, ...arm, sentAt });
      const completed = success ? exposure.succeeded(observation.messageId) : undefined;
      if (completed) learner.update(completed);
      if (now - sentAt < windowMs) continue;
    }
    closed += 1;
    const contact = observation.contactId ? byId.get(observation.contactId) : undefined;
    const features: FeatureRecord = {
      ...(contact ? contactLearningFeatures(contact, companyOf(contact)) : {}),
      ...(observation.features ?? {}),
      segment: observation.segment,
      angle: observation.angle,
      channel: observation.channel,
    };
    model.update({ features, success });
    const clock = sendClock(observation.sentAt, timeZone);
    const signal = observation.features?.['signal'];
    const days = observation.features?.['daysSinceSignal'];
    // The send's own attributes win; else the signal enrichment found before it, if any.
    const enriched = typeof signal === 'string' || !contact || Number.isNaN(sentAt) ? undefined : signalOf(contact, sentAt);
    if (enriched) sendsWithEnrichedSignal += 1;
    timing.update({
      success,
      // A dates-only history has days and no hours (midnight UTC is how it is kept, not a night-time send).
      sendDay: clock?.weekday,
      sendHour: clock?.hour,
      ...(typeof signal === 'string' ? { signal } : {}),
      ...(typeof days === 'number' ? { daysSinceSignal: days } : {}),
      ...(enriched ?? {}),
    });
  }

  for (const update of exposure.advance(now)) learner.update(update);

  let versions: TenantLearning['versions'];
  if (options.save !== false && observations.length > 0) {
    // One transaction: the reply model's stamp decides whether anything is saved, so a run stopped
    // between two saves would leave the other states behind for good. Under the tenant's lock, in
    // every process: two runs at once (PostgreSQL reads committed rows only) would each read the
    // stamp before the other saved, and both save a version of every state.
    versions = await tenant.exclusive('model-states', () =>
      tenant.transaction(async (tx) => {
        const latest = await tx.models.latest('reply-model');
        const seen = latest?.state as { n?: number; closed?: number } | undefined;
        if (seen?.n === observations.length && seen.closed === closed) return undefined;
        const stamp = { n: observations.length, closed, target };
        return {
          replyModel: await tx.models.save('reply-model', { ...stamp, model: model.snapshot() }),
          angleLearner: await tx.models.save('angle-learner', { ...stamp, learner: learner.snapshot() }),
          timing: await tx.models.save('timing', { ...stamp, timing: timing.snapshot() }),
        };
      }),
    );
  }

  return {
    target,
    observations,
    contacts,
    companies,
    learner,
    angles,
    model,
    timing,
    versions,
    segmentOf: (contact) => contactSegment(contact, companyOf(contact)),
    featuresOf: (contact) => contactLearningFeatures(contact, companyOf(contact)),
    signalOf,
    sendsWithEnrichedSignal,
  };
}
