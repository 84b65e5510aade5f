import { CompoundError } from '../../errors/compound-error.js';
import type { Playbook } from '../../playbook/index.js';
import type { DelimitedInput } from '../../contacts/import/parse-delimited.js';
import type { TenantStore } from '../../store/store.js';
import { importEventHistory, type EventHistoryImport, type ImportEventHistoryOptions } from '../events/index.js';
import { normalizeChannel } from '../events/history-row-events.js';
import { digestWeek, weeklyDigest, type DigestWeekOptions, type WeeklyDigest } from '../digest/index.js';
import { forecastOutcomes, forecastPace, meetingsTracked, volumeToReachGoal, type Forecast, type PlannedVolume, type VolumeToReachGoal } from '../forecast/index.js';
import { learningInsights, type LearningInsight } from '../insights/index.js';
import { repliesTracked } from '../outcome-event.js';
import type { SendObservation, TargetOutcome } from '../outcome-event.js';
import { rankContacts } from '../ranking/index.js';
import { contactEmployees, profileSegment } from './contact-learning-features.js';
import { loadTenantLearning, tenantTimeZone } from './tenant-learning.js';
import { signalSubjects, signalTimeline, type SignalAt } from './signal-timeline.js';
import { withContactContext } from './observation-context.js';

/** Channels Compound knows without a history: the outcome events' own (`Channel`). */
const builtInChannels: readonly string[] = ['email', 'linkedin'];

/** Shared options of the tenant-level learning operations. */
export interface TenantIntelligenceOptions {
  /** The outcome optimized and counted as success. Default `positive-reply`. */
  target?: TargetOutcome;
  playbook?: Playbook;
  /**
   * Uniform source of the Thompson draws. Default: seeded from the tenant, the UTC day and the
   * history's counts, so re-ranking the same day on the same events picks the same angles.
   */
  random?: () => number;
  /**
   * The user's zone (IANA name): send days and hours in insights, the digest and the timing model
   * are read on its clock. Default: the playbook's `timeZone`, else UTC.
   */
  timeZone?: string;
}

/** One contact in the expected-value ranking. */
export interface RankedTenantContact {
  id: string;
  name: string;
  email: string | null;
  company: string | null;
  segment: string;
  /** Expected value: P(target) × value × timing. */
  ev: number;
  pReply: number;
  interval: [number, number];
  angle: string | null;
  channel: string | null;
  /** The reply model has too little history; P comes from ICP fit. */
  coldStart: boolean;
  fit: number | null;
  /** The latest enrichment signal of the contact or its company before now, and the days since it. */
  signal: SignalAt | null;
  reasons: string[];
}

/**
 * Imports a campaign-history file into the tenant's events. A row without a segment column gets
 * its recipient's learning segment (seniority × company-size band), the segment ranking asks the
 * angle learner about; without it every such send would sit in one `unknown` segment that no
 * contact is ever ranked in. The recipient is the stored contact matched by email, completed by
 * the row's own title, seniority and company size columns where the contact lacks them (the
 * contact's values win), so a history whose contacts are not in the workspace still learns by
 * segment. A `segmentOf` option replaces this.
 */
export async function importTenantEvents(
  tenant: TenantStore,
  file: string | DelimitedInput,
  options: ImportEventHistoryOptions = {},
): Promise<EventHistoryImport> {
  return importEventHistory(tenant, file, options.segmentOf === undefined ? { segmentOfProfile: profileSegment, ...options } : options);
}

/**
 * Ranks the tenant's contacts by expected value (P(target) × timing) with the learners rebuilt from
 * its history; a contact whose company (or who) has an enrichment signal gets the timing model's
 * multiplier for the days since it, with the reason ("raised funding 12 days ago: window open ...").
 * With
 * `campaign`, contacts already sent a message in that campaign are left out: the rest re-rank as
 * the campaign's early results arrive.
 * @throws CompoundError `invalid-argument` (context.field `angle` or `channel`) for an angle neither
 *   in the playbook nor in the history, or a channel neither built in (email, linkedin) nor in the
 *   history (any channel is taken as given while no send is recorded).
 */
export async function rankTenantContacts(
  tenant: TenantStore,
  options: TenantIntelligenceOptions & { campaign?: string; top?: number; now?: Date; angle?: string; channel?: string } = {},
): Promise<RankedTenantContact[]> {
  const now = options.now ?? new Date();
  const learning = await loadTenantLearning(tenant, { ...options, now: () => now });
  if (options.angle !== undefined && !learning.angles.includes(options.angle)) {
    throw new CompoundError({
      code: 'invalid-argument',
      message: `angle "${options.angle}" is neither in your playbook nor in your history; ${learning.angles.length > 0 ? `known angles: ${learning.angles.join(', ')}` : 'no angle is known yet (add angles to the playbook, or import events that name theirs)'}`,
      context: { field: 'angle' },
    });
  }
  // The channel is read as the import reads a channel cell ('LinkedIn InMail' is linkedin, 'E-Mail' email), so it names the history's.
  const channel = options.channel === undefined ? undefined : normalizeChannel(options.channel);
  if (options.channel !== undefined && channel === undefined) {
    throw new CompoundError({ code: 'invalid-argument', message: 'channel must be a non-empty name such as email or linkedin', context: { field: 'channel' } });
  }
  // A channel the history never used, other than the built-in ones, is a typo more often than a
  // plan (`fax`, `emial`); with no sends recorded at all no channel is known, and any is taken as given.
  const knownChannels = [...new Set([...builtInChannels, ...learning.observations.map((observation) => observation.channel)])];
  if (channel !== undefined && learning.observations.length > 0 && !knownChannels.includes(channel)) {
    throw new CompoundError({
      code: 'invalid-argument',
      message: `channel "${options.channel}" is neither built in nor in your history; known channels: ${knownChannels.join(', ')}`,
      context: { field: 'channel' },
    });
  }
  const sent = new Set(
    options.campaign === undefined
      ? []
      : learning.observations.filter((observation) => observation.campaign === options.campaign).map((observation) => observation.contactId),
  );
  const candidates = learning.contacts.filter((contact) => !sent.has(contact.id));
  const byId = new Map(candidates.map((contact) => [contact.id, contact]));
  const ranked = rankContacts(
    candidates.map((contact) => ({
      id: contact.id,
      features: learning.featuresOf(contact),
      segment: learning.segmentOf(contact),
      fit: contact.fit,
      // Today's latest signal: the timing model says whether its window is open.
      ...learning.signalOf(contact, now.getTime()),
    })),
    {
      model: learning.model,
      // The user's angle is shown with what is known of it, history or not.
      learner: (learning.observations.length > 0 || options.angle !== undefined) && learning.angles.length > 0 ? learning.learner : undefined,
      timing: learning.timing,
      ...(options.angle === undefined ? {} : { angle: options.angle }),
      ...(channel === undefined ? {} : { channel }),
      explainTop: options.top ?? 1000,
    },
  );
  return ranked.slice(0, options.top ?? ranked.length).map((entry) => {
    const contact = byId.get(entry.id);
    const record = contact?.record;
    const company = contact?.companyId ? learning.companies.get(contact.companyId) : undefined;
    return {
      id: entry.id,
      name: record ? (record.fullName ?? ([record.firstName, record.lastName].filter(Boolean).join(' ') || (record.emails[0]?.address ?? ''))) : '',
      email: record?.emails[0]?.address ?? null,
      company: company?.name ?? record?.company ?? null,
      segment: contact ? learning.segmentOf(contact) : '',
      ev: entry.ev,
      pReply: entry.pReply,
      interval: entry.interval,
      angle: entry.angle ?? null,
      channel: entry.channel ?? null,
      coldStart: entry.coldStart,
      fit: contact?.fit ?? null,
      signal: (contact && learning.signalOf(contact, now.getTime())) ?? null,
      reasons: entry.reasons,
    };
  });
}

/** The campaigns of the tenant's history with their sends, most sends first. */
export async function tenantCampaigns(tenant: TenantStore): Promise<Array<{ campaign: string; sends: number }>> {
  const sends = new Map<string, number>();
  for (const observation of await tenant.events.observations()) {
    if (observation.campaign !== undefined) sends.set(observation.campaign, (sends.get(observation.campaign) ?? 0) + 1);
  }
  return [...sends].map(([campaign, count]) => ({ campaign, sends: count })).sort((left, right) => right.sends - left.sends);
}

/**
 * The tenant's send observations with what it knows of each send's contact: company size and the
 * signal enrichment found before the send, for the insight families a history file rarely carries
 * (a send's own attributes win; contacts are read only when some send names one).
 */
async function observationsInContext(tenant: TenantStore): Promise<SendObservation[]> {
  const stored = await tenant.events.observations();
  const withContacts = stored.some((observation) => observation.contactId !== undefined);
  const [contacts, companies, signals] = withContacts
    ? await Promise.all([tenant.contacts.list(), tenant.companies.list(), tenant.enrichment.listSignals()])
    : [[], [], []];
  const companyById = new Map(companies.map((company) => [company.id, company]));
  const contextById = new Map(
    contacts.map((contact) => {
      const employees = contactEmployees(contact, contact.companyId ? companyById.get(contact.companyId) : undefined);
      return [contact.id, { subjects: signalSubjects(contact), ...(employees === undefined ? {} : { employees }) }];
    }),
  );
  return withContactContext(stored, (contactId) => contextById.get(contactId), signalTimeline(signals));
}

/** The playbook ICP's company size, for the insights' suggestions. */
function icpSizeOption(playbook: Playbook | undefined): { icpCompanySize?: { min?: number; max?: number } } {
  const size = playbook?.icp.companySize;
  return size ? { icpCompanySize: { min: size.min, max: size.max } } : {};
}

/**
 * Insights from the tenant's history: claims that pass a corrected test, and "not enough data" where
 * it is short; `repliesTracked` false when the history has meetings but no reply recorded (then
 * positive replies count booked meetings only).
 */
export async function tenantInsights(
  tenant: TenantStore,
  options: TenantIntelligenceOptions = {},
): Promise<{ sends: number; repliesTracked: boolean; timeZone: string; insights: LearningInsight[] }> {
  const timeZone = tenantTimeZone(options);
  const observations = await observationsInContext(tenant);
  return {
    sends: observations.length,
    repliesTracked: repliesTracked(observations),
    timeZone,
    insights: learningInsights(observations, { target: options.target, timeZone, ...icpSizeOption(options.playbook) }),
  };
}

/** A forecast of the coming weeks with the pace it assumes. */
export interface TenantForecast extends Forecast {
  /** The weekly volume forecast: the one passed in, or each segment's average over the four weeks before now. */
  plan: PlannedVolume[];
  /** Sends in the whole history. */
  sends: number;
  /**
   * False when no send of the history has a meeting booked: meetings are then taken as not tracked
   * (a history without a meeting column), and the meeting forecast's 0 is no prediction.
   */
  meetingsTracked: boolean;
  /** False for a history of meetings only (no reply recorded on any send): positive replies are then booked meetings alone. */
  repliesTracked: boolean;
  /**
   * The window of the default plan's pace (sends after `from` up to `to`, the four weeks before
   * now), its sends, the weeks they are averaged over (fewer than 4 when the history began inside
   * the window), and the latest send of the history.
   */
  pace: { from: string; to: string; sends: number; weeks: number; lastSend: string | null };
  /**
   * Only when the four weeks before now hold no sends (so the forecast above is 0) and no plan was
   * passed: the forecast at the pace of the four weeks ending at the latest send, were sending to
   * resume at it. Not a forecast of what will happen at the current pace.
   */
  atLastActivePace?: Forecast & { plan: PlannedVolume[]; from: string; to: string; sends: number; weeks: number };
  /**
   * Only with a `goal`: the volume per segment it needs, from the plan above (or, when that plan is
   * empty, the last active weeks' pace, else every segment of the history at 0 sends a week).
   */
  goal?: VolumeToReachGoal;
}

/**
 * Forecast of the coming weeks. The plan defaults to each segment's average weekly volume over the
 * four weeks before `now` (default the current time), not before the latest send: a history that
 * stopped months ago forecasts 0, with the pace of its last active weeks apart in `atLastActivePace`.
 * Forecasts positive replies and meetings, or only `target` when given; with `goal` (target
 * outcomes wanted per week), also the volume per segment that goal needs.
 */
export async function tenantForecast(
  tenant: TenantStore,
  options: TenantIntelligenceOptions & { weeks?: number; plan?: PlannedVolume[]; now?: Date; goal?: number } = {},
): Promise<TenantForecast> {
  const observations = await tenant.events.observations();
  const weeks = options.weeks ?? 4;
  const targets = options.target ? [options.target] : undefined;
  const pace = forecastPace(observations, { now: options.now ?? new Date() });
  const plan = options.plan ?? pace.recent.plan;
  const forecast: TenantForecast = {
    ...forecastOutcomes(observations, { plan, weeks, targets }),
    plan,
    sends: observations.length,
    meetingsTracked: meetingsTracked(observations),
    repliesTracked: repliesTracked(observations),
    pace: { from: pace.recent.from, to: pace.recent.to, sends: pace.recent.sends, weeks: pace.recent.weeks, lastSend: pace.lastSend },
  };
  const lastActive = options.plan ? undefined : pace.lastActive;
  if (lastActive) {
    const { from, to, sends, weeks: paceWeeks, plan: lastPlan } = lastActive;
    forecast.atLastActivePace = { ...forecastOutcomes(observations, { plan: lastPlan, weeks, targets }), plan: lastPlan, from, to, sends, weeks: paceWeeks };
  }
  if (options.goal !== undefined) {
    const goalPlan = plan.length > 0 ? plan : (lastActive?.plan ?? historySegments(observations).map((segment) => ({ segment, sendsPerWeek: 0 })));
    forecast.goal = volumeToReachGoal(observations, { goalPerWeek: options.goal, plan: goalPlan, target: options.target, level: forecast.level });
  }
  return forecast;
}

/** The segments of a history, in order of first appearance. */
function historySegments(observations: ReadonlyArray<{ segment: string }>): string[] {
  return [...new Set(observations.map((observation) => observation.segment))];
}

/**
 * The digest of the week that starts on `weekStart`, or of the week {@link digestWeek} picks from
 * `week` and `now` (default: the last complete Monday-to-Sunday week before now, not the week of
 * the latest send); undefined for an empty week.
 */
export async function tenantDigest(
  tenant: TenantStore,
  options: TenantIntelligenceOptions & DigestWeekOptions & { weekStart?: string } = {},
): Promise<WeeklyDigest | undefined> {
  const timeZone = tenantTimeZone(options);
  const observations = await observationsInContext(tenant);
  const weekStart = options.weekStart ?? digestWeek(observations, { ...options, timeZone })?.weekStart;
  return weekStart ? weeklyDigest(observations, { weekStart, target: options.target, timeZone, insightOptions: icpSizeOption(options.playbook) }) : undefined;
}
