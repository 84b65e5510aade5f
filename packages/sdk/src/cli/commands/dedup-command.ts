import { createModelColumnResolver, dedupFile } from '@compound/core';
import type { Command } from '../command.js';
import { CliUsageError } from '../usage-error.js';

/** `compound dedup <file>`: cluster a file's rows without writing anything. */
export const dedupCommand: Command = {
  usage: 'dedup <file> [--map col=field]... [--field col:type]... [--country CC] [--json]',
  summary: 'report duplicate clusters of a file by row number (writes nothing)',
  async run({ args, io, resolve }) {
    const file = args.positionals[0];
    if (!file) throw new CliUsageError('dedup needs a file: compound dedup <file> --json');
    {
      const result = await dedupFile(resolve(file), { overrides: args.map, fieldTypes: args.fieldTypes, defaultCountry: args.country, resolver: createModelColumnResolver({ env: io.env }) });
      if (args.json) {
        io.stdout(`${JSON.stringify({ clusters: result.clusters, pairs: result.pairs, unreadable: result.unreadable, blankRows: result.blankRows, warnings: result.warnings, stats: result.stats })}\n`);
        return 0;
      }
      const duplicates = result.clusters.filter((cluster) => cluster.length > 1);
      const rows = result.clusters.reduce((sum, cluster) => sum + cluster.length, 0);
      const lines = [
        `${file}: ${rows.toLocaleString('en-US')} rows → ${result.clusters.length.toLocaleString('en-US')} unique (${duplicates.length.toLocaleString('en-US')} ${duplicates.length === 1 ? 'cluster' : 'clusters'} with duplicates; ${result.stats.pairsPerRecord.toFixed(1)} candidate pairs per row)`,
      ];
      for (const cluster of duplicates.slice(0, 20)) lines.push(`  rows ${cluster.join(', ')}`);
      if (duplicates.length > 20) lines.push(`  … and ${duplicates.length - 20} more clusters (--json lists all)`);
      if (result.unreadable.length > 0) {
        const count = result.unreadable.length;
        lines.push(`  ${count === 1 ? '1 row' : `${count.toLocaleString('en-US')} rows`} could not be read and ${count === 1 ? 'stands' : 'stand'} alone:`);
        for (const { row, reason } of result.unreadable.slice(0, 10)) lines.push(`    row ${row}: ${reason}`);
        if (count > 10) lines.push(`    … and ${count - 10} more (--json lists all)`);
      }
      if (result.blankRows.length > 0) {
        const count = result.blankRows.length;
        const listed = result.blankRows.slice(0, 10).join(', ');
        lines.push(`  ${count === 1 ? '1 blank row (every cell empty) stands' : `${count.toLocaleString('en-US')} blank rows (every cell empty) stand`} alone: ${count === 1 ? 'row' : 'rows'} ${listed}${count > 10 ? ', …' : ''}`);
      }
      for (const warning of result.warnings) lines.push(`Warning: ${warning}`);
      io.stdout(`${lines.join('\n')}\n`);
      return 0;
    }
  },
};
