import { CompoundError } from '../../errors/compound-error.js';
import { dayNames, daysBin, daysBinLabel, daysSinceSignalEdges, hourBin } from './timing-bins.js';

/** Settings of {@link createTimingModel}. */
export interface TimingModelOptions {
  /** Pseudo-sends pulling each bin's Beta posterior toward the overall rate. Default 30. */
  priorStrength?: number;
  /**
   * A bin belongs to a signal's window when its rate exceeds the rate without the signal by this
   * many posterior standard deviations (one-sided). Default 1.645 (≈ 95%), so a market without a
   * window shows one about 1 time in 20.
   */
  windowZ?: number;
  /** Interval level: 0.8, 0.9, 0.95 or 0.99. Default 0.95. */
  level?: number;
}

/** One send for the timing model. */
export interface TimingObservation {
  success: boolean;
  /** Signal kind, e.g. `job-change`, `funding`, `hiring`. */
  signal?: string;
  daysSinceSignal?: number;
  /** 0 = Sunday … 6 = Saturday. */
  sendDay?: number;
  /** 0–23, in the recipient's time zone where known. */
  sendHour?: number;
}

/** A timing query: the same fields without the outcome. */
export type TimingQuery = Omit<TimingObservation, 'success'>;

/**
 * The multiplier, its interval and the reason in words: a signal's days against the sends without a
 * signal, a send day or hour against all sends.
 */
export interface TimingMultiplier {
  value: number;
  interval: [number, number];
  reason: string;
}

/** A signal's estimated window. */
export interface SignalWindow {
  signal: string;
  /** Last day inside the window (every bin with sends from day 0 up to it runs above the no-signal rate); undefined when none does. */
  days: number | undefined;
  /** Rate inside the window divided by the no-signal rate (1 when no window). */
  lift: number;
  n: number;
}

/** Learns how response varies with days since a signal and with send day and hour. */
export interface TimingModel {
  update(observation: TimingObservation): void;
  multiplier(query: TimingQuery): TimingMultiplier;
  /** The window estimated for a signal. */
  window(signal: string): SignalWindow;
  snapshot(): TimingModelState;
}

/** Success and send counts per bin. */
interface Counts {
  successes: number[];
  sends: number[];
}

/** JSON state (version 1). */
export interface TimingModelState {
  kind: 'timing-model';
  version: 1;
  options: TimingModelOptions;
  total: { successes: number; sends: number };
  noSignal: { successes: number; sends: number };
  signals: Record<string, Counts>;
  days: Counts;
  hours: Counts;
}

const emptyCounts = (size: number): Counts => ({ successes: new Array<number>(size).fill(0), sends: new Array<number>(size).fill(0) });

/**
 * Creates a timing model: Beta posteriors per bin (days since each signal, send weekday, send
 * 3-hour block) shrunk toward the overall rate; the multiplier is the product of the bins' rate
 * ratios (independence assumed), its interval from the posteriors' spread on the log scale.
 *
 * @example
 * const timing = createTimingModel();
 * timing.update({ success: true, signal: 'job-change', daysSinceSignal: 3, sendDay: 2, sendHour: 9 });
 * timing.multiplier({ signal: 'job-change', daysSinceSignal: 3 }).reason; // "changed job 3 days ago: …"
 */
export function createTimingModel(options: TimingModelOptions = {}): TimingModel {
  return buildTimingModel(options, undefined);
}

/** Restores a timing model from its snapshot. */
export function restoreTimingModel(state: TimingModelState): TimingModel {
  if (state?.kind !== 'timing-model' || state.version !== 1) {
    throw new CompoundError({ code: 'invalid-argument', message: 'Not a version-1 timing model state: pass what TimingModel.snapshot() returned.' });
  }
  return buildTimingModel(state.options, structuredClone(state));
}

function buildTimingModel(options: TimingModelOptions, state: TimingModelState | undefined): TimingModel {
  const strength = options.priorStrength ?? 30;
  const windowZ = options.windowZ ?? 1.645;
  const z = levelQuantile(options.level ?? 0.95);
  const data: TimingModelState = state ?? {
    kind: 'timing-model',
    version: 1,
    options,
    total: { successes: 0, sends: 0 },
    noSignal: { successes: 0, sends: 0 },
    signals: {},
    days: emptyCounts(7),
    hours: emptyCounts(8),
  };

  const overall = (): number => (data.total.successes + 1) / (data.total.sends + 2);
  /** Posterior mean and variance of a bin shrunk toward `parent`. */
  const posterior = (successes: number, sends: number, parent: number): { mean: number; variance: number } => {
    const alpha = strength * parent + successes;
    const beta = strength * (1 - parent) + sends - successes;
    const total = alpha + beta;
    return { mean: alpha / total, variance: (alpha * beta) / (total * total * (total + 1)) };
  };
  const baselineRate = (): { mean: number; variance: number } => posterior(data.noSignal.successes, data.noSignal.sends, overall());

  const add = (counts: Counts, bin: number, success: boolean): void => {
    counts.sends[bin] = (counts.sends[bin] ?? 0) + 1;
    if (success) counts.successes[bin] = (counts.successes[bin] ?? 0) + 1;
  };

  const estimateWindow = (signal: string): SignalWindow => {
    const counts = data.signals[signal];
    if (!counts) return { signal, days: undefined, lift: 1, n: 0 };
    const baseline = baselineRate();
    let last = -1;
    let successes = 0;
    let sends = 0;
    for (let bin = 0; bin < counts.sends.length; bin += 1) {
      // A bin no send reached says nothing either way: it neither ends the window nor extends it
      // (sends on days 0–1 are rare when the signal is found a day or more after it happened).
      if ((counts.sends[bin] ?? 0) === 0) continue;
      const binPosterior = posterior(counts.successes[bin] ?? 0, counts.sends[bin] ?? 0, overall());
      const gap = (binPosterior.mean - baseline.mean) / Math.sqrt(binPosterior.variance + baseline.variance);
      if (gap < windowZ) break;
      last = bin;
      successes += counts.successes[bin] ?? 0;
      sends += counts.sends[bin] ?? 0;
    }
    const n = counts.sends.reduce((sum, value) => sum + value, 0);
    if (last < 0) return { signal, days: undefined, lift: 1, n };
    const inside = posterior(successes, sends, overall());
    const edge = daysSinceSignalEdges[last];
    return { signal, days: edge, lift: inside.mean / baseline.mean, n };
  };

  const windows = new Map<string, SignalWindow>();
  const cachedWindow = (signal: string): SignalWindow => {
    let window = windows.get(signal);
    if (!window) windows.set(signal, (window = estimateWindow(signal)));
    return window;
  };

  return {
    update(observation) {
      windows.clear();
      data.total.sends += 1;
      if (observation.success) data.total.successes += 1;
      if (observation.signal !== undefined && observation.daysSinceSignal !== undefined && Number.isFinite(observation.daysSinceSignal)) {
        const counts = (data.signals[observation.signal] ??= emptyCounts(8));
        add(counts, daysBin(observation.daysSinceSignal), observation.success);
      } else {
        data.noSignal.sends += 1;
        if (observation.success) data.noSignal.successes += 1;
      }
      if (observation.sendDay !== undefined) add(data.days, ((Math.floor(observation.sendDay) % 7) + 7) % 7, observation.success);
      if (observation.sendHour !== undefined) add(data.hours, hourBin(observation.sendHour), observation.success);
    },

    multiplier(query) {
      const parent = overall();
      let logValue = 0;
      let logVariance = 0;
      const parts: Array<() => string> = [];
      const factor = (successes: number, sends: number, base = parent): number => {
        const bin = posterior(successes, sends, base);
        const ratio = bin.mean / base;
        logValue += Math.log(ratio);
        logVariance += bin.variance / (bin.mean * bin.mean);
        return ratio;
      };
      const { signal, daysSinceSignal, sendDay, sendHour } = query;
      if (signal !== undefined && daysSinceSignal !== undefined) {
        const counts = data.signals[signal];
        const bin = daysBin(daysSinceSignal);
        // Against the sends without a signal, as the window's lift: ranking gives a contact without
        // one a multiplier of 1, so a bin as good as those sends must get 1 too. The overall rate
        // would not do: the window's own sends lift it, which put every send after the window below
        // 1 (0.7x at the rate of sends without a signal). A bin no send reached stays at 1.
        const ratio = factor(counts?.successes[bin] ?? 0, counts?.sends[bin] ?? 0, baselineRate().mean);
        parts.push(() => {
          const window = cachedWindow(signal);
          const state =
            window.days === undefined
              ? 'no window found yet'
              : `window ${daysSinceSignal <= window.days ? 'open' : 'closed'} (first ${window.days === 1 ? 'day' : `${window.days} days`})`;
          const sends = counts?.sends[bin] ?? 0;
          return `${signalPhrase(signal, daysSinceSignal)}: ${state}, ${ratio.toFixed(1)}× the rate without a signal (${daysBinLabel(bin)}: ${sends.toLocaleString('en-US')} ${sends === 1 ? 'send' : 'sends'})`;
        });
      }
      if (sendDay !== undefined) {
        const day = ((Math.floor(sendDay) % 7) + 7) % 7;
        const ratio = factor(data.days.successes[day] ?? 0, data.days.sends[day] ?? 0);
        parts.push(() => `sent on ${dayNames[day]}: ${formatRatio(ratio)}`);
      }
      if (sendHour !== undefined) {
        const bin = hourBin(sendHour);
        const ratio = factor(data.hours.successes[bin] ?? 0, data.hours.sends[bin] ?? 0);
        parts.push(() => `sent at ${bin * 3}:00–${bin * 3 + 2}:59: ${formatRatio(ratio)}`);
      }
      const spread = z * Math.sqrt(logVariance);
      return {
        value: Math.exp(logValue),
        interval: [Math.exp(logValue - spread), Math.exp(logValue + spread)],
        reason: parts.length > 0 ? parts.map((part) => part()).join('; ') : 'no timing information',
      };
    },

    window: cachedWindow,
    snapshot: () => structuredClone(data),
  };
}

function signalPhrase(signal: string, days: number): string {
  const ago = `${Math.round(days)} day${Math.round(days) === 1 ? '' : 's'} ago`;
  if (signal === 'job-change') return `changed job ${ago}`;
  if (signal === 'funding') return `raised funding ${ago}`;
  if (signal === 'hiring') return `started hiring ${ago}`;
  return `${signal} ${ago}`;
}

function formatRatio(ratio: number): string {
  return `${ratio.toFixed(1)}× the usual rate`;
}

function levelQuantile(level: number): number {
  if (level >= 0.99) return 2.576;
  if (level >= 0.95) return 1.96;
  if (level >= 0.9) return 1.645;
  return 1.282;
}
