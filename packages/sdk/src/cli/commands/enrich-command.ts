import { enrichmentProviders } from '@compound/core';
import type { Command } from '../command.js';
import { CliUsageError, exitCodes } from '../usage-error.js';
import { formatPlan, formatSummary } from './enrich-format.js';
import { createEnrichProgress } from './enrich-progress.js';

/** `compound enrich`: the staged enrichment pipeline over the workspace's companies. */
export const enrichCommand: Command = {
  usage: 'enrich [--limit N] [--stages a,b] [--budget X] [--stale] [--dry-run] [--json]',
  summary: 'enrich companies (highest ICP fit first) with website, hiring, news, registry and research stages; --dry-run prices it first',
  whenInterrupted: 'the answers it saved so far are kept (a call still out is asked again): run it again to resume without paying for them twice',
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
    const progress = createEnrichProgress({ io });
    try {
      const result = await compound.enrich({
        ...(args.enrich.limit !== undefined ? { limit: args.enrich.limit } : {}),
        ...(args.enrich.stages !== undefined ? { stages: args.enrich.stages } : {}),
        ...(args.enrich.budget !== undefined ? { budget: args.enrich.budget } : {}),
        stale: args.enrich.stale,
        dryRun: args.enrich.dryRun,
        signal: controller.signal,
        onProgress: progress.listener,
      });
      // The terminal's progress line goes before the result is written.
      progress.done();
      if (result.dryRun) {
        const { dryRun: _dryRun, ...plan } = result;
        io.stdout(args.json ? `${JSON.stringify(plan, null, 2)}\n` : formatPlan(plan));
        return 0;
      }
      const { dryRun: _dryRun, ...summary } = result;
      io.stdout(args.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
      return summary.aborted ? exitCodes.interrupted : 0;
    } finally {
      progress.done();
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
      await compound.close();
    }
  },
};
