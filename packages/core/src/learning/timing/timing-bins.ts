/**
 * The bins the timing model counts in. Bin edges are fixed and fine; the *window* (which bins run
 * above the overall rate) is estimated from the counts. Internal to the timing model.
 */

/** Upper edge (inclusive) of each days-since-signal bin; the last bin is open-ended. */
export const daysSinceSignalEdges = [1, 3, 7, 14, 30, 60, 90, Number.POSITIVE_INFINITY] as const;

/** Index of the days-since-signal bin holding `days`. */
export function daysBin(days: number): number {
  const clamped = Math.max(0, days);
  const index = daysSinceSignalEdges.findIndex((edge) => clamped <= edge);
  return index < 0 ? daysSinceSignalEdges.length - 1 : index;
}

/** Words for a days bin, e.g. `days 4–7`. */
export function daysBinLabel(bin: number): string {
  const low = bin === 0 ? 0 : (daysSinceSignalEdges[bin - 1] ?? 0) + 1;
  const high = daysSinceSignalEdges[bin] ?? Number.POSITIVE_INFINITY;
  return Number.isFinite(high) ? `days ${low}–${high}` : `day ${low} on`;
}

/** Send hour bins of three hours (0–2, 3–5, …, 21–23). */
export function hourBin(hour: number): number {
  return Math.min(7, Math.max(0, Math.floor(hour / 3)));
}

/** Day names, Sunday first (as `Date.getUTCDay()`). */
export const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
