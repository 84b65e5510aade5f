import { learningInsights, type LearningInsight } from '@compound/core';
import { describe, expect, it } from 'vitest';
import { formatInsights, shortfallLines } from './format-insights.js';

type Observation = Parameters<typeof learningInsights>[0][number];

/** 2,400 sends over 24 segments, 2 angles and 2 channels: roi does better everywhere; each segment alone is too small to tell. */
function observations(): Observation[] {
  const result: Observation[] = [];
  for (let index = 0; index < 2400; index++) {
    const angle = index % 2 === 0 ? 'roi' : 'pain-point';
    const success = angle === 'roi' ? index % 12 === 0 : index % 24 === 1;
    result.push({
      messageId: `m${index}`,
      segment: `segment ${Math.floor(index / 4) % 24}`,
      angle,
      channel: index % 3 === 0 ? 'linkedin' : 'email',
      sentAt: new Date(Date.UTC(2026, 0, 5 + (index % 28), 10)).toISOString(),
      replied: success,
      positiveReply: success,
      meeting: false,
      bounced: false,
      unsubscribed: false,
    });
  }
  return result;
}

describe('formatInsights', () => {
  const insights = learningInsights(observations());
  const shortfalls = insights.filter((insight) => insight.kind === 'not-enough-data');

  it('puts the findings first and sums up "not enough data" in one line per dimension', () => {
    expect(shortfalls.length).toBeGreaterThan(12);
    const text = formatInsights({ sends: 2400, insights });
    const lines = text.trimEnd().split('\n');
    const findings = insights.filter((insight) => insight.kind !== 'not-enough-data');
    const claims = findings.filter((insight) => insight.kind === 'claim');
    const suggestions = findings.filter((insight) => insight.kind === 'playbook-suggestion');
    expect(claims.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeGreaterThan(0);
    // each suggestion under the claim that backs it, without repeating the claim
    const expected = claims.flatMap((claim) => [
      `  • ${claim.text}`,
      ...suggestions.filter((suggestion) => suggestion.text.endsWith(`(Backed by: ${claim.text}.)`)).map((suggestion) => `    → ${suggestion.text.slice(0, suggestion.text.indexOf(' (Backed by: '))}`),
    ]);
    expect(expected.length).toBe(findings.length);
    expect(lines.slice(0, findings.length + 1)).toEqual(['From 2,400 sends:', ...expected]);
    const level = claims[0]?.intervalLevel ?? 0;
    expect(level).toBeGreaterThan(0.95);
    expect(lines[findings.length + 1]).toBe(
      `  [low to high] is the difference's interval at ${(Math.floor(level * 1000) / 10).toFixed(1)}%, a level that holds for every claim here at once; q is the p-value adjusted for the number of comparisons made (Benjamini–Hochberg)`,
    );
    expect(lines[findings.length + 3]).toBe(`Not enough data yet for ${shortfalls.length} comparisons (--all lists each):`);
    const section = lines.slice(findings.length + 4);
    expect(section.length).toBe(new Set(shortfalls.map((insight) => insight.dimension)).size);
    expect(section.length).toBeLessThan(shortfalls.length);
    const perSegment = shortfalls.filter((insight) => insight.dimension === 'segment-channel');
    const needed = perSegment.map((insight) => insight.sendsNeeded ?? 0);
    const low = Math.min(...needed).toLocaleString('en-US');
    const high = Math.max(...needed).toLocaleString('en-US');
    const range = low === high ? low : `${low}–${high}`;
    expect(section).toContainEqual(expect.stringMatching(new RegExp(`^  segment × channel: ${perSegment.length} segments need about ${range} more sends per channel to detect a [\\d.]+(–[\\d.]+)?-point difference$`)));
    expect(text).not.toContain('Not enough data yet: about');
  });

  it('lists every statement with all', () => {
    const text = formatInsights({ sends: 2400, insights }, { all: true });
    expect(text).toContain(`\n\nNot enough data yet for ${shortfalls.length} comparisons:\n`);
    for (const insight of shortfalls) expect(text).toContain(`  • ${insight.text}\n`);
  });

  it('words a single family without a count and ranges as one number when equal', () => {
    const statement = (dimension: LearningInsight['dimension'], sendsNeeded: number, effect: number): LearningInsight => ({
      kind: 'not-enough-data',
      text: '',
      n: 10,
      effect,
      interval: [0.05, 0.05 + effect],
      pValue: 1,
      qValue: 1,
      dimension,
      values: {},
      sendsNeeded,
    });
    expect(
      shortfallLines([statement('segment-angle', 140, 0.05), statement('channel', 946, 0.025), statement('segment-angle', 2184, 0.005), statement('signal-window', 300, 0.05)]),
    ).toEqual([
      'channel: about 946 more sends per channel to detect a 2.5-point difference',
      'signal window: 1 signal needs about 300 more sends per window to detect a 5.0-point difference',
      'segment × angle: 2 segments need about 140–2,184 more sends per angle to detect a 0.5–5.0-point difference',
    ]);
  });
});
