import { evaluateReplyModelOnFile, type ModelEvaluation } from '@compound/core';
import type { Command } from '../command.js';
import { CliUsageError } from '../usage-error.js';
import { onCommandLine } from '../on-command-line.js';

const count = (value: number) => value.toLocaleString('en-US');
const percent = (value: number) => (value * 100).toFixed(1);
const figure = (value: number | null | undefined) => (value === null || value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(3));
const range = (interval: [number, number] | null) => (interval === null ? '' : ` [${interval[0].toFixed(2)}–${interval[1].toFixed(2)}]`);
const list = (names: string[]) => names.join(', ');

/** Below this many successes among the test rows, AUC's interval (Hanley–McNeil) is rough. */
const fewSuccesses = 10;

/** Why a figure is missing, and how far a small test set can be trusted (100 rows is a rough floor for AUC). */
function notes(result: ModelEvaluation, field: string): string[] {
  const lines: string[] = [];
  if (result.auc === null) {
    lines.push(`  AUC n/a: the ${count(result.testN)} test rows hold only one outcome, so ranking cannot be judged; try a larger --test-fraction.`);
  }
  const successes = `${count(result.testPositives)} ${result.testPositives === 1 ? 'success' : 'successes'}`;
  if (result.testN < 100) lines.push(`  Only ${count(result.testN)} test rows${result.testPositives > 0 && result.testPositives < fewSuccesses ? ` (${successes})` : ''}: treat these figures as rough.`);
  else if (result.testPositives < fewSuccesses) {
    lines.push(`  Only ${successes} among the test rows: AUC and its interval rest on them, so treat them as rough.`);
  }
  const trainN = result.n - result.testN;
  if (trainN < 100) lines.push(`  Trained on only ${count(trainN)} rows: too few for the model to learn much; use a smaller --test-fraction.`);
  if (result.blankOutcomes > 0) lines.push(`  ${count(result.blankOutcomes)} rows with an empty "${field}" were counted as failures.`);
  return lines;
}

/** Which columns went in, and how, so a user can spot a column that should not. */
function columnLines(result: ModelEvaluation, outcome: string): string[] {
  const { numeric, categorical, dates, skipped } = result.columns;
  const parts: string[] = [];
  if (numeric.length > 0) parts.push(`numeric ${list(numeric.map((column) => column.name))}`);
  if (categorical.length > 0) parts.push(`categorical ${list(categorical.map((column) => column.name))}`);
  if (dates.length > 0) parts.push(`dates ${list(dates.map((column) => `${column.name} (${column.hasTime ? 'weekday, hour' : 'weekday'})`))}`);
  const left = skipped.filter((column) => column.name.trim().toLowerCase() !== outcome.trim().toLowerCase());
  if (left.length > 0) parts.push(`left out ${list(left.map((column) => `${column.name} (${column.reason})`))}`);
  return [`  Columns: ${parts.join('; ')}`];
}

/** Leakage warnings: columns known only after the outcome, or a test set older than the training rows, make the figures meaningless. */
function leakLines(result: ModelEvaluation): string[] {
  const lines: string[] = [];
  const separating = result.leakyColumns.filter((column) => column.reason === 'separates');
  const afterSend = result.leakyColumns.filter((column) => column.reason === 'after-send');
  for (const column of separating) {
    lines.push(
      `Warning: "${column.column}" alone separates the outcomes (AUC ${(column.auc ?? 1).toFixed(2)} on the training rows): it is almost surely recorded after the send; rerun with --exclude ${column.column}.`,
    );
  }
  if (afterSend.length > 0) {
    const names = afterSend.map((column) => column.column);
    lines.push(`Warning: ${list(names.map((name) => `"${name}"`))} sound${names.length === 1 ? 's' : ''} like an event after the send; if so, rerun with --exclude ${names.join(',')}.`);
  }
  if (result.newestFirstColumn !== null) {
    lines.push(
      `Warning: the rows run newest first ("${result.newestFirstColumn}"), so the test rows are the oldest and the model learned from their future; sort the file oldest first and rerun.`,
    );
  }
  for (const warning of result.warnings) lines.push(`Warning: ${warning}`);
  return lines;
}

/** One line that answers the user's question: can these predictions be trusted, with the evidence. */
function verdict(result: ModelEvaluation): string {
  const evidence = `${count(result.testPositives)} successes among ${count(result.testN)} test rows`;
  if (result.leakyColumns.some((column) => column.reason === 'separates')) {
    return 'Verdict: do not trust these figures yet: a column above gives the outcome away, so no prediction made before a send could match them. Exclude it and rerun.';
  }
  if (result.newestFirstColumn !== null) {
    return 'Verdict: do not trust these figures yet: trained on rows later than the ones it was tested on. Sort the file oldest first and rerun.';
  }
  const caution = result.leakyColumns.length > 0 ? ' (if the columns warned about are recorded after the send, exclude them first)' : '';
  if (result.auc === null || result.aucInterval === null) {
    return `Verdict: cannot tell yet: ranking cannot be judged on test rows with one outcome (${evidence}).`;
  }
  const auc = `AUC ${result.auc.toFixed(2)}${range(result.aucInterval)} on ${evidence}`;
  if (result.aucInterval[1] < 0.5) {
    return `Verdict: do not rely on its ranking: ${auc} is below chance (0.5): on these test rows it ranked the outcomes backwards${caution}.`;
  }
  if (result.aucInterval[0] <= 0.5) {
    return `Verdict: do not rely on its ranking yet: ${auc} is not clearly better than chance (0.5)${caution}.`;
  }
  let versus = 'about as well as the plain logistic regression';
  if (result.baseline.auc !== null && result.baselineAucInterval !== null) {
    if (result.auc < result.baselineAucInterval[0]) versus = `worse than the plain logistic regression (AUC ${result.baseline.auc.toFixed(2)}${range(result.baselineAucInterval)})`;
    else if (result.auc > result.baselineAucInterval[1]) versus = `better than the plain logistic regression (AUC ${result.baseline.auc.toFixed(2)}${range(result.baselineAucInterval)})`;
  }
  const testRate = result.testPositives / result.testN;
  const calibration =
    result.brier >= result.baseRateBrier
      ? `its probabilities are no closer than the base rate's (Brier ${figure(result.brier)} vs ${figure(result.baseRateBrier)})`
      : `its probabilities are off by ${percent(result.ece)} points on average (ECE) at a test success rate of ${percent(testRate)}%`;
  return `Verdict: it ranks better than chance, ${versus}: ${auc}; ${calibration}${caution}.`;
}

/** `compound model evaluate <file>`: should you trust the reply model on your own history? */
export const modelCommand: Command = {
  usage: 'model evaluate <file> --outcome COLUMN [--positive VALUE] [--exclude col,...] [--test-fraction F] [--date-order dmy|mdy] [--json]',
  summary: 'train the reply model on the first rows of your labelled history and test it on the last ones, against a logistic baseline',
  async run({ args, io, resolve }) {
    const [action, file] = args.positionals;
    if (action !== 'evaluate' || !file || !args.evaluate.outcome) {
      throw new CliUsageError('usage: compound model evaluate <file> --outcome COLUMN [--positive VALUE] [--exclude col,...] [--test-fraction F] [--date-order dmy|mdy] [--json]');
    }
    const evaluation = await evaluateReplyModelOnFile(resolve(file), {
      outcome: args.evaluate.outcome,
      ...(args.evaluate.positive !== undefined ? { positive: args.evaluate.positive } : {}),
      exclude: args.evaluate.exclude,
      ...(args.evaluate.testFraction !== undefined ? { testFraction: args.evaluate.testFraction } : {}),
      ...(args.dateOrder !== undefined ? { dateOrder: args.dateOrder } : {}),
    });
    const result = { ...evaluation, warnings: evaluation.warnings.map(onCommandLine) };
    if (args.json) {
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    io.stdout(
      [
        `Trained on ${count(result.n - result.testN)} rows, tested on the last ${count(result.testN)} (base rate ${percent(result.baseRate)}% [${percent(result.baseRateInterval[0])}–${percent(result.baseRateInterval[1])}%] of all ${count(result.n)} rows):`,
        `  reply model:        AUC ${figure(result.auc)}${range(result.aucInterval)}  Brier ${figure(result.brier)}  ECE ${figure(result.ece)}`,
        `  logistic baseline:  AUC ${figure(result.baseline.auc)}${range(result.baselineAucInterval)}  Brier ${figure(result.baseline.brier)}  ECE ${figure(result.baseline.ece)}`,
        `  base rate for all:  Brier ${figure(result.baseRateBrier)}`,
        '  (AUC: 0.5 is chance, higher ranks better, [95% interval]; Brier and ECE: lower is better calibrated)',
        ...notes(result, args.evaluate.outcome),
        ...columnLines(result, args.evaluate.outcome),
        ...leakLines(result),
        verdict(result),
        '',
      ].join('\n'),
    );
    return 0;
  },
};
