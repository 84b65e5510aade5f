import type { LoopInsight } from './loop-components.js';
import type { Market } from './market.js';

/** An emitted insight and whether the market bears it out. */
export interface InsightVerdict {
  text: string;
  n: number;
  /** `true`/`false` for a claim of an effect; `null` for statements that claim none ("not enough data"). */
  true: boolean | null;
  kind: string;
  /** Why the verdict, in words. */
  reason: string;
}

/** Judges one insight against the market's ground truth. */
export function judgeInsight(insight: LoopInsight, market: Market): InsightVerdict {
  void market;
  return { text: insight.text, n: insight.n, true: null, kind: insight.kind, reason: 'not judged yet' };
}
