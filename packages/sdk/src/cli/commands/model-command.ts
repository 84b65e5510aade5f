import { evaluateReplyModelOnFile } from '@compound/core';
import type { Command } from '../command.js';
import { CliUsageError } from '../usage-error.js';

/** Why a figure is missing, and how far a small test set can be trusted (100 rows is a rough floor for AUC). */
function notes(testN: number, noAuc: boolean): string[] {
  const rows = testN.toLocaleString('en-US');
  const lines: string[] = [];
  if (noAuc) lines.push(`  AUC n/a: the ${rows} test rows hold only one outcome, so ranking cannot be judged; try a larger --test-fraction.`);
  if (testN < 100) lines.push(`  Only ${rows} test rows: treat these figures as rough.`);
  return lines;
}

const percent = (value: number) => (value * 100).toFixed(1);

/** `compound model evaluate <file>`: should you trust the reply model on your own history? */
export const modelCommand: Command = {
  usage: 'model evaluate <file> --outcome COLUMN [--positive VALUE] [--exclude col,...] [--test-fraction F] [--json]',
  summary: 'train the reply model on the first rows of your labelled history and test it on the last ones, against a logistic baseline',
  async run({ args, io, resolve }) {
    const [action, file] = args.positionals;
    if (action !== 'evaluate' || !file || !args.evaluate.outcome) {
      throw new CliUsageError('usage: compound model evaluate <file> --outcome COLUMN [--positive VALUE]');
    }
    const result = await evaluateReplyModelOnFile(resolve(file), {
      outcome: args.evaluate.outcome,
      ...(args.evaluate.positive !== undefined ? { positive: args.evaluate.positive } : {}),
      exclude: args.evaluate.exclude,
      ...(args.evaluate.testFraction !== undefined ? { testFraction: args.evaluate.testFraction } : {}),
    });
    if (args.json) {
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    const figure = (value: number | null | undefined) => (value === null || value === undefined ? 'n/a' : value.toFixed(3));
    io.stdout(
      [
        `Trained on ${(result.n - result.testN).toLocaleString('en-US')} rows, tested on the last ${result.testN.toLocaleString('en-US')} (base rate ${percent(result.baseRate)}% [${percent(result.baseRateInterval[0])}–${percent(result.baseRateInterval[1])}%] of all ${result.n.toLocaleString('en-US')} rows):`,
        `  reply model:        AUC ${figure(result.auc)}  Brier ${figure(result.brier)}  ECE ${figure(result.ece)}`,
        `  logistic baseline:  AUC ${figure(result.baseline.auc)}  Brier ${figure(result.baseline.brier)}  ECE ${figure(result.baseline.ece)}`,
        '  (AUC: 0.5 is chance, higher ranks better; Brier and ECE: lower is better calibrated)',
        ...notes(result.testN, result.auc === null),
        '',
      ].join('\n'),
    );
    return 0;
  },
};
