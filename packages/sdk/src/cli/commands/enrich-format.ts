import { offlineReason, type EnrichmentPlan, type EnrichmentRunSummary } from '@compound/core';
import { countNoun } from '../count-noun.js';

/** `$0`, `$0.0042`, `$12.50`: dollars, four decimals under one dollar. */
export function formatMoney(value: number): string {
  if (value === 0) return '$0';
  return `$${value.toFixed(value < 1 ? 4 : 2)}`;
}

/** "3 companies and 12 contacts": the subjects are companies, then the contacts the person stage checks. */
function subjectCounts({ companies, people }: { companies: number; people: number }, joiner: string): string {
  return `${countNoun(companies, 'company', 'companies')}${joiner}${countNoun(people, 'contact', 'contacts')}`;
}

/** What a user can do about a reason the CLI knows of (a provider not run, a dry run's skip). */
const reasonHints: Record<string, string> = {
  'no model': 'set ANTHROPIC_API_KEY to run it',
  'its fields are still fresh': '--stale',
};

/** "website 3, news 3": calls per provider. */
function perProvider(entries: ReadonlyArray<[string, number]>): string {
  return entries.map(([id, count]) => `${id} ${count.toLocaleString('en-US')}`).join(', ');
}

function withHint(reason: string): string {
  const hint = reasonHints[reason];
  return hint === undefined ? reason : `${reason}: ${hint}`;
}

/** The person stage's subjects are contacts; every other stage's are companies. */
const subjectNoun = (stage: string, count: number): string => (stage === 'person' ? countNoun(count, 'contact', 'contacts') : countNoun(count, 'company', 'companies'));

/** The dry run's text: the calls a run would make per provider, what it would skip and why. */
export function formatPlan(plan: EnrichmentPlan): string {
  const lines = [`Would enrich ${subjectCounts(plan, ' and ')} with up to ${countNoun(plan.plannedCalls, 'call', 'calls')}, costing at most ${formatMoney(plan.maxCost)}${plan.plannedCalls > 0 ? ':' : '.'}`];
  for (const [id, entry] of Object.entries(plan.byProvider)) {
    if (entry.calls > 0) lines.push(`  ${id.padEnd(24)} ${entry.calls.toLocaleString('en-US').padStart(6)} ${entry.calls === 1 ? 'call ' : 'calls'}  ≤ ${formatMoney(entry.maxCost)}`);
  }
  if (plan.cachedCalls > 0) lines.push(`  ${countNoun(plan.cachedCalls, 'call', 'calls')} more answered from the cache, free`);
  const offline = plan.skipped.filter((skip) => skip.reason === offlineReason);
  if (plan.offline) {
    const count = offline.reduce((total, skip) => total + skip.subjects, 0);
    lines.push(`Offline (COMPOUND_OFFLINE is set): no network call planned${count > 0 ? `; ${countNoun(count, 'call', 'calls')} not planned (${perProvider(offline.map((skip) => [skip.providerId, skip.subjects]))})` : ''}`);
  }
  const skipped = plan.skipped.filter((skip) => skip.reason !== offlineReason);
  if (skipped.length > 0) {
    lines.push('Skipped (calls a run would not make):');
    const byProvider = new Map<string, string[]>();
    for (const skip of skipped) {
      const parts = byProvider.get(skip.providerId) ?? [];
      parts.push(`${subjectNoun(skip.stage, skip.subjects)} (${withHint(skip.reason)})`);
      byProvider.set(skip.providerId, parts);
    }
    for (const [id, parts] of byProvider) lines.push(`  ${id}: ${parts.join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function stageCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([stage, count]) => `${stage} ${count.toLocaleString('en-US')}`)
    .join(', ');
}

/** The run summary's text: progress, spend, calls by outcome, what did not run and why, errors. */
export function formatSummary(summary: EnrichmentRunSummary & { companies: number; people: number; offline?: boolean }): string {
  const { calls } = summary;
  const found = stageCounts(summary.fieldsByStage) || 'none';
  const reused = stageCounts(summary.fieldsFromCacheByStage);
  const lines = [
    `${summary.aborted ? 'Stopped (run again to resume without paying twice)' : 'Enriched'}: ${summary.done} of ${summary.subjects} (${subjectCounts(summary, ', ')})${summary.resumed ? ' (resumed run)' : ''}`,
    `  spend ${formatMoney(summary.spend.total)}${summary.spend.budget !== undefined ? ` of a ${formatMoney(summary.spend.budget)} budget` : ''}; ${formatMoney(summary.spend.noData)} on calls that found nothing`,
    `  calls: ${calls.paid} made (${calls.ok} found data, ${calls.noData} found nothing, ${calls.ambiguous} ambiguous), ${calls.cached} from cache, ${calls.notRun} not run, ${calls.errors} errors, ${calls.skippedForBudget} skipped for budget`,
    `  fields found: ${found}${reused === '' ? '' : `; from cache: ${reused}`}; signals: ${summary.signals}`,
  ];
  const providers = Object.entries(summary.byProvider);
  // Offline, a provider that needs the network answers every call with the one offline reason.
  const isOfflineOnly = (figures: EnrichmentRunSummary['byProvider'][string]): boolean => figures.notRunReasons.length === 1 && figures.notRunReasons[0] === offlineReason;
  if (summary.offline === true) {
    const offline = providers.filter(([, figures]) => figures.notRunCalls > 0 && isOfflineOnly(figures));
    const count = offline.reduce((total, [, figures]) => total + figures.notRunCalls, 0);
    lines.splice(1, 0, `  offline (COMPOUND_OFFLINE is set): no network call made${count > 0 ? `; ${countNoun(count, 'call', 'calls')} not run (${perProvider(offline.map(([id, figures]) => [id, figures.notRunCalls]))})` : ''}`);
  }
  const notRun = providers.filter(([, figures]) => figures.notRunCalls > 0 && !isOfflineOnly(figures));
  if (notRun.length > 0) {
    lines.push('  not run:');
    for (const [id, figures] of notRun) {
      const reasons = figures.notRunReasons.map(withHint);
      lines.push(`    ${id}: ${countNoun(figures.notRunCalls, 'call', 'calls')} (${reasons.join('; ') || 'no reason given'})`);
    }
  }
  const ambiguous = providers.filter(([, figures]) => figures.ambiguousCalls > 0);
  if (ambiguous.length > 0) {
    const byProvider = ambiguous.map(([id, figures]) => `${id} ${figures.ambiguousCalls}`).join(', ');
    lines.push(`  ambiguous matches: ${calls.ambiguous} (${byProvider}), none picked; \`compound company <domain>\` lists the candidates`);
  }
  const failing = providers.filter(([, figures]) => figures.errors > 0);
  if (failing.length > 0) {
    lines.push('  errors by provider:');
    for (const [id, figures] of failing) {
      const charged = figures.chargedErrors > 0 ? `; ${figures.chargedErrors} timed out or were stopped after the request was sent and count at their maximum cost` : '';
      lines.push(`    ${id}: ${figures.errors} (${figures.errorMessages[0] ?? ''}${charged})`);
    }
  }
  return `${lines.join('\n')}\n`;
}
