import type { LearningInsight } from '@compound/core';
import { countNoun } from './count-noun.js';

type InsightDimension = LearningInsight['dimension'];

/** How a dimension's "not enough data" statements are summed up: its name, the unit sends are counted per, and what its families are. */
const dimensionWords: Record<InsightDimension, { label: string; unit: string; family?: [string, string] }> = {
  angle: { label: 'angle', unit: 'angle' },
  channel: { label: 'channel', unit: 'channel' },
  'send-day': { label: 'send day', unit: 'weekday' },
  'send-hour': { label: 'send hour', unit: 'send-hour band' },
  'company-size': { label: 'company size', unit: 'company-size band' },
  'signal-window': { label: 'signal window', unit: 'window', family: ['signal', 'signals'] },
  'segment-angle': { label: 'segment × angle', unit: 'angle', family: ['segment', 'segments'] },
  'segment-channel': { label: 'segment × channel', unit: 'channel', family: ['segment', 'segments'] },
};

/** Global dimensions first (one comparison each, what most sends decide), then the per-segment ones. */
const dimensionOrder: readonly InsightDimension[] = ['angle', 'channel', 'send-day', 'send-hour', 'company-size', 'signal-window', 'segment-angle', 'segment-channel'];

const points = (value: number): string => {
  const scaled = value * 100;
  return Math.abs(scaled) < 10 ? scaled.toFixed(1) : Math.round(scaled).toString();
};

/** `140` or `140–2,184`: the range of values, one number when they are equal. */
function range(values: readonly number[], format: (value: number) => string): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return format(low) === format(high) ? format(low) : `${format(low)}–${format(high)}`;
}

/**
 * One line per dimension for its "not enough data" statements: `segment × angle: 14 segments need
 * about 140–2,184 more sends per angle to detect a 0.5–5.0-point difference`.
 */
export function shortfallLines(shortfalls: readonly LearningInsight[]): string[] {
  const byDimension = new Map<InsightDimension, LearningInsight[]>();
  for (const insight of shortfalls) {
    const group = byDimension.get(insight.dimension);
    if (group) group.push(insight);
    else byDimension.set(insight.dimension, [insight]);
  }
  return dimensionOrder.flatMap((dimension) => {
    const group = byDimension.get(dimension);
    if (!group) return [];
    const words = dimensionWords[dimension];
    const sends = range(group.map((insight) => insight.sendsNeeded ?? 0), (value) => value.toLocaleString('en-US'));
    const difference = range(group.map((insight) => insight.effect), points);
    const who = words.family ? `${countNoun(group.length, ...words.family)} ${group.length === 1 ? 'needs' : 'need'} about` : 'about';
    return [`${words.label}: ${who} ${sends} more sends per ${words.unit} to detect a ${difference}-point difference`];
  });
}

/**
 * The `insights` text: findings (claims and playbook suggestions) first, then one compact section of
 * "not enough data" per dimension, or every statement of it with `all`.
 */
export function formatInsights(result: { sends: number; insights: readonly LearningInsight[] }, options: { all?: boolean } = {}): string {
  const findings = result.insights.filter((insight) => insight.kind !== 'not-enough-data');
  const shortfalls = result.insights.filter((insight) => insight.kind === 'not-enough-data');
  const lines = [`From ${countNoun(result.sends, 'send', 'sends')}:`];
  // A suggestion backed by a claim listed here goes under it, without repeating the claim.
  const claims = findings.filter((insight) => insight.kind === 'claim');
  const nested = new Map<LearningInsight, string[]>();
  const standalone: LearningInsight[] = [];
  for (const insight of findings) {
    if (insight.kind === 'claim') continue;
    const backing = claims.find((claim) => insight.text.endsWith(` (Backed by: ${claim.text}.)`));
    if (backing === undefined) standalone.push(insight);
    else nested.set(backing, [...(nested.get(backing) ?? []), insight.text.slice(0, -` (Backed by: ${backing.text}.)`.length)]);
  }
  for (const claim of claims) {
    lines.push(`  • ${claim.text}`);
    for (const suggestion of nested.get(claim) ?? []) lines.push(`    → ${suggestion}`);
  }
  for (const insight of standalone) lines.push(`  • ${insight.text}`);
  if (findings.length === 0) lines.push('  No pattern passes the significance check yet.');
  const level = claims.find((claim) => claim.intervalLevel !== undefined)?.intervalLevel;
  if (level !== undefined) {
    const percent = `${(Math.floor(level * 1000) / 10).toFixed(1)}%`;
    lines.push(`  [low to high] is the difference's interval at ${percent}, a level that holds for every claim here at once; q is the p-value adjusted for the number of comparisons made (Benjamini–Hochberg)`);
  }
  if (shortfalls.length > 0) {
    const count = countNoun(shortfalls.length, 'comparison', 'comparisons');
    if (options.all) {
      lines.push('', `Not enough data yet for ${count}:`, ...shortfalls.map((insight) => `  • ${insight.text}`));
    } else {
      lines.push('', `Not enough data yet for ${count} (--all lists each):`, ...shortfallLines(shortfalls).map((line) => `  ${line}`));
    }
  }
  return `${lines.join('\n')}\n`;
}
