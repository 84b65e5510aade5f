/**
 * What the insights engine says: claims backed by a corrected test, "not enough data" statements
 * with the sample needed, and playbook suggestions as proposed edits.
 */

/** The dimension a statement is about. */
export type InsightDimension =
  | 'segment-angle'
  | 'angle'
  | 'channel'
  | 'segment-channel'
  | 'send-day'
  | 'send-hour'
  | 'company-size'
  | 'signal-window';

/** A proposed playbook edit, for the user to accept or not. */
export interface PlaybookEdit {
  /** `prefer` a value, `narrow` a range toward it, `widen` a range to include it, `exclude` it, or `deprioritize` it. */
  operation: 'prefer' | 'narrow' | 'widen' | 'exclude' | 'deprioritize';
  /** What to edit, e.g. `icp.companySize`, `angles`, `channels`, `timing.job-change`, `angles.SaaS`. */
  field: string;
  /** The value the edit is about, e.g. `51–200`, `roi`. */
  value: string;
}

/** One statement. */
export interface LearningInsight {
  kind: 'claim' | 'not-enough-data' | 'playbook-suggestion';
  /** The statement in words. */
  text: string;
  /** Sends behind it: the group's sends for a claim; the smallest level's sends for "not enough data". */
  n: number;
  /**
   * Claim: rate difference (this group − the rest), as a fraction (0.08 = 8 points).
   * Not enough data: the difference the sample size was computed to detect.
   */
  effect: number;
  /**
   * Claim: confidence interval of `effect`, at the false-coverage-adjusted level 1 − q·R/m
   * (Benjamini–Yekutieli), so it holds for the selected claims jointly.
   * Not enough data: the Wilson interval of the family's current rate (the one its text gives), at
   * 95% unless `rateIntervalLevel` says otherwise.
   */
  interval: [number, number];
  /** Claims and suggestions: the level of `interval` (e.g. 0.996), which holds for the claims of one call jointly. */
  intervalLevel?: number;
  /** Two-sided p-value of the test (1 where nothing was tested). */
  pValue: number;
  /** Benjamini–Hochberg adjusted p-value over every hypothesis tested in the same call (1 where nothing was tested). */
  qValue: number;
  dimension: InsightDimension;
  /** The dimension values the statement is about, e.g. `{ segment: 'SaaS', angle: 'roi' }`. */
  values: Record<string, string>;
  /** Target rate of the group and of the rest (claims and suggestions). */
  rate?: number;
  restRate?: number;
  /** More sends needed per level ("not enough data"). */
  sendsNeeded?: number;
  /** The proposed edit (playbook suggestions). */
  edit?: PlaybookEdit;
}
