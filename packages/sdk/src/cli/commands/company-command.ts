import { CompoundError } from '@compound/core';
import type { Command } from '../command.js';
import { CliUsageError } from '../usage-error.js';

/** "FJORDLINK AS (912345670, OSLO, 0.86)": one candidate of an ambiguous registry match. */
function describeCandidate(candidate: unknown): string {
  if (typeof candidate !== 'object' || candidate === null) return JSON.stringify(candidate);
  const { legalName, registryId, city, score } = candidate as Record<string, unknown>;
  const details = [registryId, city, typeof score === 'number' ? score.toFixed(2) : undefined].filter((part) => typeof part === 'string' && part.length > 0);
  return `${typeof legalName === 'string' ? legalName : '?'}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

/** `compound company <domain|id|name>`: a company's profile with sources and signals. */
export const companyCommand: Command = {
  usage: 'company <domain|id|name> [--json]',
  summary: "a company's profile: every field with its source, time and confidence, signals and conflicts",
  whenInterrupted: 'it only reads the workspace, nothing was changed',
  async run({ args, io, open }) {
    const key = args.positionals[0];
    if (!key) throw new CliUsageError('usage: compound company <domain|id|name>');
    const compound = await open();
    try {
      const profile = await compound.company(key);
      if (!profile) throw new CompoundError({ code: 'not-found', message: `No company "${key}" in this workspace (try its domain, e.g. acme.com, its name as imported, or its id)` });
      if (args.json) {
        // The contract's fields in its order; `domain` is null for a company without one, never left out.
        const { id, name, domain, fields, signals, conflicts, ...rest } = profile;
        io.stdout(`${JSON.stringify({ id, name, domain: domain ?? null, fields, signals, conflicts, ...rest }, null, 2)}\n`);
        return 0;
      }
      const lines = [`${profile.name}${profile.domain ? ` (${profile.domain})` : ''} · ${profile.id}`];
      for (const [field, entry] of Object.entries(profile.fields)) {
        if (field === 'registryCandidates' && Array.isArray(entry.value)) {
          // An ambiguous registry match: every candidate on its own line, none picked.
          lines.push(`  registry candidates (ambiguous, none picked): [${entry.fetchedAt.slice(0, 10)}${entry.stale ? ', stale' : ''}]`);
          for (const candidate of entry.value) lines.push(`    ${describeCandidate(candidate)}`);
          continue;
        }
        const value = typeof entry.value === 'string' ? entry.value : JSON.stringify(entry.value);
        lines.push(`  ${field.padEnd(16)} ${value.slice(0, 80)}  [${entry.source}, ${entry.fetchedAt.slice(0, 10)}, ${entry.confidence.toFixed(2)}${entry.stale ? ', stale' : ''}]`);
      }
      if (profile.signals.length > 0) {
        lines.push('  signals:');
        for (const signal of profile.signals) lines.push(`    ${signal.type}${signal.occurredAt ? ` ${signal.occurredAt.slice(0, 10)}` : ''}: ${signal.text}`);
      }
      for (const conflict of profile.conflicts) {
        lines.push(`  conflict on ${conflict.field}: yours ${JSON.stringify(conflict.value)} kept; ${conflict.provider} says ${JSON.stringify(conflict.providerValue)}`);
      }
      io.stdout(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      await compound.close();
    }
  },
};
