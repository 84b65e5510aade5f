/**
 * Playbook suggestions: proposed edits, each backed by a claim.
 */
import { describeLevel, formatPercent } from './describe-insight.js';
import type { InsightFamily } from './insight-families.js';
import type { LearningInsight, PlaybookEdit } from './learning-insight.js';

interface FamilyTotals {
  family: InsightFamily;
  levels: Map<string, { successes: number; trials: number }>;
  successes: number;
  trials: number;
}

/**
 * Proposed edits from claims: narrow the ICP's company size toward a band that outperforms (widen it
 * to one it leaves out), exclude one it includes that underperforms, lead with an angle or channel that wins, deprioritize one that loses, and
 * send inside a signal window that works.
 */
export function playbookSuggestions(
  claims: readonly LearningInsight[],
  families: Iterable<FamilyTotals>,
  label: string,
  icpCompanySize?: { min?: number; max?: number },
): LearningInsight[] {
  const icpSays = icpCompanySize ? `The ICP says ${sizeRange(icpCompanySize)}; ` : '';
  const byDimension = new Map<string, FamilyTotals>();
  for (const totals of families) byDimension.set(`${totals.family.dimension}/${totals.family.context['segment'] ?? totals.family.context['signal'] ?? ''}`, totals);
  const suggestions: LearningInsight[] = [];
  for (const claim of claims) {
    const better = claim.effect > 0;
    const segment = claim.values['segment'];
    const signal = claim.values['signal'];
    const totals = byDimension.get(`${claim.dimension}/${segment ?? signal ?? ''}`);
    if (!totals) continue;
    const level = claim.values[totals.family.levelName] ?? '';
    const cell = totals.levels.get(level);
    const shareOfSuccesses = cell && totals.successes > 0 ? cell.successes / totals.successes : 0;
    const shareOfSends = cell ? cell.trials / totals.trials : 0;
    let text: string;
    let edit: PlaybookEdit;
    switch (claim.dimension) {
      case 'company-size': {
        // A band the ICP leaves out is widened to, never narrowed toward; one that does worse and is left out already needs no edit.
        const outside = icpCompanySize !== undefined && outsideRange(level, icpCompanySize);
        if (!better && outside) continue;
        const shares = `${formatPercent(shareOfSuccesses)} of ${label} come from companies of ${level} employees (${formatPercent(shareOfSends)} of sends)`;
        edit = { operation: better ? (outside ? 'widen' : 'narrow') : 'exclude', field: 'icp.companySize', value: level };
        text = better
          ? outside
            ? `${icpSays}${shares}, outside it: consider widening the ICP's company size to include ${level}.`
            : `${icpSays}${shares}: consider narrowing the ICP's company size toward ${level}.`
          : `${icpSays}${icpSays ? 'companies' : 'Companies'} of ${level} employees give ${formatPercent(claim.rate ?? 0)} ${label} vs ${formatPercent(claim.restRate ?? 0)} elsewhere: consider excluding them from the ICP.`;
        break;
      }
      case 'segment-angle':
      case 'angle':
        edit = { operation: better ? 'prefer' : 'deprioritize', field: segment ? `angles.${segment}` : 'angles', value: level };
        text = better ? `Lead with the ${level} angle${segment ? ` in ${segment}` : ''}.` : `Consider retiring or rewriting the ${level} angle${segment ? ` in ${segment}` : ''}.`;
        break;
      case 'channel':
      case 'segment-channel':
        edit = { operation: better ? 'prefer' : 'deprioritize', field: segment ? `channels.${segment}` : 'channels', value: level };
        text = better ? `Shift volume toward ${level}${segment ? ` in ${segment}` : ''}.` : `Shift volume away from ${level}${segment ? ` in ${segment}` : ''}.`;
        break;
      case 'signal-window':
        edit = { operation: better ? 'prefer' : 'deprioritize', field: `timing.${signal ?? 'signal'}`, value: level };
        // The claim compares the band with the signal's other sends, not with sends without it: late
        // days that do worse than the window may do as well as anyone else, so the advice is to send
        // sooner, never to drop those contacts.
        text = better ? `Send ${level} after a ${signal ?? ''} signal.` : `Send sooner after a ${signal ?? ''} signal: sends ${level} after it do worse than the signal's other sends.`;
        break;
      case 'send-day':
      case 'send-hour':
        edit = { operation: better ? 'prefer' : 'deprioritize', field: claim.dimension === 'send-day' ? 'timing.days' : 'timing.hours', value: level };
        text = better ? `${describeLevel(totals.family, level).subject} do better: schedule more of them.` : `${describeLevel(totals.family, level).subject} do worse: schedule fewer of them.`;
        break;
    }
    suggestions.push({ ...claim, kind: 'playbook-suggestion', text: `${text} (Backed by: ${claim.text}.)`, edit });
  }
  return suggestions;
}

/** Whether a size band (`51–200`, `5,001+`) lies wholly outside the ICP's range. */
function outsideRange(level: string, size: { min?: number; max?: number }): boolean {
  const [low, high] = level.split(/[–+]/).map((part) => (part === '' ? Number.POSITIVE_INFINITY : Number(part.replace(/,/g, ''))));
  if (low === undefined || !Number.isFinite(low)) return false;
  const top = high ?? low;
  return top < (size.min ?? 0) || low > (size.max ?? Number.POSITIVE_INFINITY);
}

/** `50–500 employees`, `at least 50 employees`, `at most 500 employees`. */
function sizeRange(size: { min?: number; max?: number }): string {
  const format = (value: number) => value.toLocaleString('en-US');
  if (size.min !== undefined && size.max !== undefined) return `${format(size.min)}–${format(size.max)} employees`;
  if (size.min !== undefined) return `at least ${format(size.min)} employees`;
  return `at most ${format(size.max ?? 0)} employees`;
}
