import { readDelimited } from '../../contacts/import/parse-delimited.js';
import { CompoundError } from '../../errors/compound-error.js';
import type { DateOrder } from '../events/parse-history-date.js';
import { auc } from '../metrics/auc.js';
import { brier } from '../metrics/brier.js';
import { expectedCalibrationError } from '../metrics/expected-calibration-error.js';
import type { FeatureRecord } from '../reply-model/feature-encoder.js';
import { fitLogisticRegression } from '../reply-model/fit-logistic-regression.js';
import { createReplyModel, type ReplyModelOptions } from '../reply-model/reply-model.js';
import { wilsonInterval } from '../stats/proportion-intervals.js';
import { aucInterval } from './auc-interval.js';
import { categoricalReaders, inputNames, type CategoricalReader } from './categorical-readers.js';
import { createBaselineDesign } from './create-baseline-design.js';
import { ambiguousDateOrderWarning } from '../events/infer-history-date-order.js';
import { detectColumns, inferDateOrders, type DetectedColumn, type DetectedColumns } from './detect-columns.js';
import { findLeakyColumns, type LeakyColumn } from './find-leaky-columns.js';
import { findReverseOrder } from './find-reverse-order.js';
import { parseNumber } from './parse-number.js';
import { parseOutcome } from './parse-outcome.js';

/** Settings of {@link evaluateReplyModelOnFile}. */
export interface EvaluateReplyModelOptions {
  /** Column holding the outcome (header name, case-insensitive). */
  outcome: string;
  /** Outcome value counted as a success (case-insensitive); every other value, and an empty cell, is a failure. Default: yes/true/1/y/positive/replied are successes, no/false/0/n/negative and empty cells failures. */
  positive?: string;
  /** Columns to leave out (e.g. ids, or anything known only after the send). */
  exclude?: string[];
  /** Last fraction of rows, in file order, held out for testing. Default 0.2. */
  testFraction?: number;
  /**
   * Order of slash and dot dates (`03/02/2026`): `dmy` day-first or `mdy` month-first, for every
   * date column. Default: each column's own values tell (a first number above 12, `25/03/2026`, is
   * day-first; a second, `03/25/2026`, month-first); when none does, dotted dates are day-first and
   * slash dates month-first, with a warning.
   */
  dateOrder?: DateOrder;
  /** Reply-model settings; cold start is off by default here (the train rows are the history). */
  model?: ReplyModelOptions;
}

/** Distinct outcome values named when `positive` matches none or the outcome is constant. */
const listedValues = 20;

/** Test-set figures of one model. AUC is null when the test rows hold one class only. */
export interface ModelScores {
  auc: number | null;
  brier: number;
  ece: number;
}

/** What `compound model evaluate` prints. */
export interface ModelEvaluation extends ModelScores {
  /** Data rows read. */
  n: number;
  /** Rows tested (the last `testFraction`). */
  testN: number;
  /** Successes among the test rows: AUC's precision rests on these more than on `testN`. */
  testPositives: number;
  /** Success rate over all rows. */
  baseRate: number;
  /** Wilson 95% interval of `baseRate` (over all `n` rows). */
  baseRateInterval: [number, number];
  /** Hanley–McNeil 95% interval of the reply model's `auc`; null with `auc`. */
  aucInterval: [number, number] | null;
  /** Plain batch logistic regression (IRLS, ridge 1e-4) on the same columns and split. */
  baseline: ModelScores;
  /** Hanley–McNeil 95% interval of the baseline's AUC; null with it. */
  baselineAucInterval: [number, number] | null;
  /** Brier score of predicting the training rows' success rate for every test row: a model that does not beat it has learned nothing usable. */
  baseRateBrier: number;
  /** How each column was used. */
  columns: DetectedColumns;
  /** Columns that look recorded after the send (leakage): the figures are not to be trusted while they are in. */
  leakyColumns: LeakyColumn[];
  /** Rows whose outcome cell was empty, counted as failures. */
  blankOutcomes: number;
  /** A date column whose rows run newest first, or null: then the test rows are the oldest and the figures look into the future. */
  newestFirstColumn: string | null;
  /** What was read by a guess the file could not settle: slash dates that read both day-first and month-first. Empty when none. */
  warnings: string[];
}

/**
 * Evaluates the reply model on a labelled CSV of past outreach as time would: trains online on the
 * first rows in file order and tests on the last `testFraction`, next to a batch logistic
 * regression fitted on the same rows. Categorical and numeric columns are detected.
 *
 * Throws CompoundError (`invalid-argument` or `import-row-invalid`, with file, row and field) when
 * the outcome column is missing, an outcome cannot be read, a row is malformed, the outcome is the
 * same on every row (or every training row), or too few rows remain. An empty outcome cell is a
 * failure, counted in `blankOutcomes`. Columns that look recorded after the send are kept but
 * listed in `leakyColumns`.
 *
 * @example
 * await evaluateReplyModelOnFile('history.csv', { outcome: 'replied', positive: 'yes' });
 */
export async function evaluateReplyModelOnFile(path: string, options: EvaluateReplyModelOptions): Promise<ModelEvaluation> {
  const testFraction = options.testFraction ?? 0.2;
  if (!(testFraction > 0 && testFraction < 1)) {
    throw new CompoundError({ code: 'invalid-argument', message: `testFraction must be between 0 and 1 (got ${testFraction}).`, context: { file: path } });
  }
  const delimited = await readDelimited({ path });
  const file = delimited.file;
  const header = delimited.header;
  const outcomeIndex = header.findIndex((name) => name.trim().toLowerCase() === options.outcome.trim().toLowerCase());
  if (outcomeIndex < 0) {
    throw new CompoundError({
      code: 'invalid-argument',
      message: `${file} has no column "${options.outcome}"; pass --outcome with one of: ${header.join(', ')}.`,
      context: { file, field: options.outcome },
    });
  }
  const field = header[outcomeIndex] ?? options.outcome;
  const rows: string[][] = [];
  const labels: boolean[] = [];
  const outcomeValues = new Set<string>();
  let blankOutcomes = 0;
  let unreadable: unknown;
  for await (const row of delimited.rows()) {
    if (row.error) {
      throw new CompoundError({
        code: 'import-row-invalid',
        message: `${file} row ${row.row}: ${row.error.reason}. Fix the row or remove it.`,
        context: { file, row: row.row, ...(row.error.field === undefined ? {} : { field: row.error.field }) },
      });
    }
    const cell = row.cells[outcomeIndex] ?? '';
    if (cell.trim() === '') blankOutcomes += 1;
    else if (outcomeValues.size < listedValues) outcomeValues.add(cell.trim());
    if (unreadable !== undefined) continue;
    try {
      labels.push(parseOutcome(cell, options.positive, { file, row: row.row, field }));
    } catch (error) {
      // Read on, to name the column's values: the user picks --positive among them.
      unreadable = error;
    }
    rows.push(row.cells);
  }
  if (unreadable !== undefined) {
    if (!CompoundError.isInstance(unreadable)) throw unreadable;
    const values = `${[...outcomeValues].sort().join(', ')}${blankOutcomes > 0 ? `, and ${blankOutcomes} empty` : ''}`;
    throw new CompoundError({
      code: unreadable.code,
      message: `${unreadable.message.replace(/; pass --positive.*$/, '')} (the column's values: ${values}); pass --positive with the value that counts as a success, or several separated by commas (--positive A,B).`,
      context: unreadable.context,
      cause: unreadable,
    });
  }
  const n = rows.length;
  const successes = labels.filter(Boolean).length;
  const values = `values: ${[...outcomeValues].sort().join(', ')}${blankOutcomes > 0 ? `, and ${blankOutcomes} empty` : ''}`;
  if (options.positive !== undefined && n > 0 && successes === 0) {
    // Every row a failure is far likelier a typo in --positive than a history without one success.
    throw new CompoundError({
      code: 'invalid-argument',
      message: `--positive "${options.positive}" never occurs in "${field}" (${values}); pass the value that counts as a success.`,
      context: { file, field },
    });
  }
  const testN = Math.round(n * testFraction);
  const trainN = n - testN;
  if (testN < 1 || trainN < 2) {
    throw new CompoundError({ code: 'invalid-argument', message: `${file} has ${n} data ${n === 1 ? 'row' : 'rows'}: too few to hold out ${testFraction} for testing.`, context: { file } });
  }
  if (successes === 0 || successes === n) {
    throw new CompoundError({
      code: 'invalid-argument',
      message: `"${field}" is ${successes === 0 ? 'never a success' : 'a success'} on all ${n.toLocaleString('en-US')} rows of ${file} (${values}): a constant outcome cannot be predicted; pass the outcome column that varies, or --positive with the value that counts as a success.`,
      context: { file, field },
    });
  }
  let trainPositives = 0;
  for (let index = 0; index < trainN; index += 1) if (labels[index]) trainPositives += 1;
  if (trainPositives === 0 || trainPositives === trainN) {
    const firstOther = labels.findIndex((label) => label !== (trainPositives > 0));
    throw new CompoundError({
      code: 'invalid-argument',
      message: `the ${trainN.toLocaleString('en-US')} training rows (the first ${trainN.toLocaleString('en-US')} of ${file}) are all ${trainPositives === 0 ? 'failures' : 'successes'}, so there is nothing to learn; the first ${trainPositives === 0 ? 'success' : 'failure'} is data row ${firstOther + 1}: pass a smaller --test-fraction (now ${testFraction}).`,
      context: { file, field },
    });
  }
  const excluded = new Set([outcomeIndex, ...(options.exclude ?? []).map((name) => excludedIndex(header, name, file))]);
  const trainRows = rows.slice(0, trainN);
  const trainLabels = labels.slice(0, trainN);
  const orders = inferDateOrders(header, rows, options.dateOrder);
  const columns = detectColumns(header, trainRows, excluded, orders);
  const names = inputNames(header);
  const readers = categoricalReaders(columns, names);
  const numeric = columns.numeric.map((column) => ({ name: names.column(column.index), index: column.index }));
  // Records are built as needed, not kept: on a 200k-row history they would hold more memory than the rows.
  const record = (cells: readonly string[]) => featureRecord(cells, numeric, readers);

  const trainRate = trainPositives / trainN;
  const model = createReplyModel({
    coldStart: { minExamples: 0, minPositives: 0 },
    // A file holds no ICP fit of ours: a column the user named `fit` (a 1–10 score, "good"/"bad") is
    // an input like any other, so no feature gets the fit prior's offset (a lift of 0 turns it off).
    prior: { baseRate: Math.min(0.99, Math.max(0.001, trainRate)), fitLift: 0 },
    ...options.model,
  });
  trainRows.forEach((cells, index) => model.update({ features: record(cells), success: labels[index] === true }));
  const testRows = rows.slice(trainN);
  const testLabels = labels.slice(trainN);
  const modelPredictions = testRows.map((cells) => model.predict(record(cells)).p);

  const design = createBaselineDesign(trainRows, columns.numeric, readers);
  const fit = fitLogisticRegression(trainRows.map(design), trainLabels);
  const baselinePredictions = testRows.map((cells) => fit.predict(design(cells)));

  const testPositives = testLabels.filter(Boolean).length;
  const modelScores = scores(modelPredictions, testLabels);
  const baseline = scores(baselinePredictions, testLabels);
  const interval = (value: number | null) => (value === null ? null : aucInterval(value, testPositives, testN - testPositives));
  return {
    n,
    testN,
    testPositives,
    baseRate: successes / n,
    baseRateInterval: wilsonInterval({ successes, trials: n }),
    ...modelScores,
    aucInterval: interval(modelScores.auc),
    baseline,
    baselineAucInterval: interval(baseline.auc),
    baseRateBrier: brier(new Array<number>(testN).fill(trainRate), testLabels) ?? Number.NaN,
    columns,
    leakyColumns: findLeakyColumns(trainRows, trainLabels, columns),
    blankOutcomes,
    newestFirstColumn: findReverseOrder(rows, columns.dates) ?? null,
    warnings: columns.dates.flatMap((column) => {
      const example = orders[column.index]?.ambiguous;
      return example === undefined
        ? []
        : [ambiguousDateOrderWarning(`"${column.name}"`, example)];
    }),
  };
}

/** The column `name` names (case-insensitive); a name the file lacks is a typo that would silently keep the column in. */
function excludedIndex(header: readonly string[], name: string, file: string): number {
  const index = header.findIndex((column) => column.trim().toLowerCase() === name.trim().toLowerCase());
  if (index < 0) {
    throw new CompoundError({
      code: 'invalid-argument',
      message: `--exclude names "${name}", which ${file} does not have (columns: ${header.join(', ')}).`,
      context: { file, field: name },
    });
  }
  return index;
}

function scores(predictions: number[], labels: boolean[]): ModelScores {
  return {
    auc: auc(predictions, labels) ?? null,
    brier: brier(predictions, labels) ?? Number.NaN,
    ece: expectedCalibrationError(predictions, labels) ?? Number.NaN,
  };
}

function featureRecord(cells: readonly string[], numeric: readonly DetectedColumn[], readers: readonly CategoricalReader[]): FeatureRecord {
  const record: Record<string, string | number> = {};
  for (const column of numeric) {
    const value = parseNumber(cells[column.index] ?? '');
    if (value !== undefined) record[column.name] = value;
  }
  for (const reader of readers) {
    const value = reader.read(cells);
    if (value !== undefined) record[reader.name] = value;
  }
  return record;
}
