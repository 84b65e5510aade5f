import { enrichmentProviders } from '@compound/core';
import type { EnrichmentRunSummary } from '@compound/core';
import type { Command } from '../command.js';
import { CliUsageError, exitCodes } from '../usage-error.js';

const money = (value: number) => `$${value.toFixed(value < 1 ? 4 : 2)}`;
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
/** "3 companies and 12 contacts": the subjects are companies, then the contacts the person stage checks. */
const subjectCounts = ({ companies, people }: { companies: number; people: number }, joiner: string) =>
  `${plural(companies, 'company', 'companies')}${joiner}${plural(people, 'contact', 'contacts')}`;

/** What a user can do about a not-run reason the CLI knows of. */
const notRunHints: Record<string, string> = { 'no model': 'set ANTHROPIC_API_KEY to run it' };

function formatSummary(summary: EnrichmentRunSummary & { companies: number; people: number }): string {
  const { calls } = summary;
  const lines = [
    `${summary.aborted ? 'Stopped (run again to resume without paying twice)' : 'Enriched'}: ${summary.done} of ${summary.subjects} (${subjectCounts(summary, ', ')})${summary.resumed ? ' (resumed run)' : ''}`,
    `  spend ${money(summary.spend.total)}${summary.spend.budget !== undefined ? ` of a ${money(summary.spend.budget)} budget` : ''}; ${money(summary.spend.noData)} on calls that found nothing`,
    `  calls: ${calls.paid} paid (${calls.ok} found data, ${calls.noData} found nothing, ${calls.ambiguous} ambiguous), ${calls.cached} from cache, ${calls.notRun} not run, ${calls.errors} errors, ${calls.skippedForBudget} skipped for budget`,
    `  fields found: ${Object.entries(summary.fieldsByStage).map(([stage, count]) => `${stage} ${count}`).join(', ') || 'none'}; signals: ${summary.signals}`,
  ];
  const providers = Object.entries(summary.byProvider);
  const notRun = providers.filter(([, figures]) => figures.notRunCalls > 0);
  if (notRun.length > 0) {
    lines.push('  not run:');
    for (const [id, figures] of notRun) {
      const reasons = figures.notRunReasons.map((reason) => (notRunHints[reason] ? `${reason}: ${notRunHints[reason]}` : reason));
      lines.push(`    ${id}: ${plural(figures.notRunCalls, 'call', 'calls')} (${reasons.join('; ') || 'no reason given'})`);
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
    for (const [id, figures] of failing) lines.push(`    ${id}: ${figures.errors} (${figures.errorMessages[0] ?? ''})`);
  }
  return `${lines.join('\n')}\n`;
}

/** `compound enrich`: the staged enrichment pipeline over the workspace's companies. */
export const enrichCommand: Command = {
  usage: 'enrich [--limit N] [--stages a,b] [--budget X] [--stale] [--dry-run] [--json]',
  summary: 'enrich companies (highest ICP fit first) with website, hiring, news, registry and research stages; --dry-run prices it first',
  async run({ args, io, open }) {
    const stages = args.enrich.stages;
    if (stages !== undefined) {
      const known = [...new Set(Object.values(enrichmentProviders).map((factory) => factory({ env: io.env }).stage))];
      const unknown = stages.filter((stage) => !known.includes(stage));
      if (unknown.length > 0) throw new CliUsageError(`--stages: unknown stage ${unknown.map((stage) => `"${stage}"`).join(', ')}; the stages are ${known.join(', ')}`);
    }
    const compound = await open();
    const controller = new AbortController();
    const stop = () => controller.abort(new Error('interrupted'));
    // Ctrl-C, and SIGTERM: `pnpm compound` answers Ctrl-C by sending its child SIGTERM, which would
    // otherwise end the run without its summary. A second Ctrl-C still ends the process at once.
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    let drawn = false;
    try {
      const result = await compound.enrich({
        ...(args.enrich.limit !== undefined ? { limit: args.enrich.limit } : {}),
        ...(args.enrich.stages !== undefined ? { stages: args.enrich.stages } : {}),
        ...(args.enrich.budget !== undefined ? { budget: args.enrich.budget } : {}),
        stale: args.enrich.stale,
        dryRun: args.enrich.dryRun,
        signal: controller.signal,
        onProgress: (event) => {
          if (!io.interactive || event.type !== 'enrichment-subject-end') return;
          io.stderr(`\r\x1b[2KEnriching ${event.done}/${event.total} companies and contacts · spent ${money(event.spent)}`);
          drawn = true;
        },
      });
      if (drawn) io.stderr('\r\x1b[2K');
      if (result.dryRun) {
        const { dryRun: _dryRun, ...plan } = result;
        if (args.json) {
          io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
          return 0;
        }
        const lines = [`Would enrich ${subjectCounts(plan, ' and ')} with ${plan.plannedCalls} calls, costing at most ${money(plan.maxCost)}:`];
        for (const [id, entry] of Object.entries(plan.byProvider)) if (entry.calls > 0) lines.push(`  ${id.padEnd(24)} ${String(entry.calls).padStart(6)} calls  ≤ ${money(entry.maxCost)}`);
        io.stdout(`${lines.join('\n')}\n`);
        return 0;
      }
      const { dryRun: _dryRun, ...summary } = result;
      io.stdout(args.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
      return summary.aborted ? exitCodes.interrupted : 0;
    } finally {
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
      await compound.close();
    }
  },
};
