import { readDelimited } from '../../contacts/import/parse-delimited.js';
import { CompoundError } from '../../errors/compound-error.js';
import { auc } from '../metrics/auc.js';
import { brier } from '../metrics/brier.js';
import { expectedCalibrationError } from '../metrics/expected-calibration-error.js';
import type { FeatureRecord } from '../reply-model/feature-encoder.js';
import { fitLogisticRegression } from '../reply-model/fit-logistic-regression.js';
import { createReplyModel, type ReplyModelOptions } from '../reply-model/reply-model.js';
import { wilsonInterval } from '../stats/proportion-intervals.js';
import { detectColumns, type DetectedColumns } from './detect-columns.js';
import { parseNumber } from './parse-number.js';
import { parseOutcome } from './parse-outcome.js';

/** Settings of {@link evaluateReplyModelOnFile}. */
export interface EvaluateReplyModelOptions {
  /** Column holding the outcome (header name, case-insensitive). */
  outcome: string;
  /** Outcome value counted as a success (case-insensitive). Default: yes/true/1/y/positive/replied are successes, no/false/0/n/negative failures. */
  positive?: string;
  /** Columns to leave out (e.g. ids, or anything known only after the send). */
  exclude?: string[];
  /** Last fraction of rows, in file order, held out for testing. Default 0.2. */
  testFraction?: number;
  /** Reply-model settings; cold start is off by default here (the train rows are the history). */
  model?: ReplyModelOptions;
}

/** Distinct outcome values named when `positive` matches none. */
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
  /** Success rate over all rows. */
  baseRate: number;
  /** Wilson 95% interval of `baseRate` (over all `n` rows). */
  baseRateInterval: [number, number];
  /** Plain batch logistic regression (IRLS, ridge 1e-4) on the same columns and split. */
  baseline: ModelScores;
  /** How each column was used. */
  columns: DetectedColumns;
}

/**
 * Evaluates the reply model on a labelled CSV of past outreach as time would: trains online on the
 * first rows in file order and tests on the last `testFraction`, next to a batch logistic
 * regression fitted on the same rows. Categorical and numeric columns are detected.
 *
 * Throws CompoundError (`invalid-argument` or `import-row-invalid`, with file, row and field) when
 * the outcome column is missing, an outcome cannot be read, a row is malformed, or too few rows remain.
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
  const rows: string[][] = [];
  const labels: boolean[] = [];
  const outcomeValues = new Set<string>();
  for await (const row of delimited.rows()) {
    if (row.error) {
      throw new CompoundError({
        code: 'import-row-invalid',
        message: `${file} row ${row.row}: ${row.error.reason}. Fix the row or remove it.`,
        context: { file, row: row.row, ...(row.error.field === undefined ? {} : { field: row.error.field }) },
      });
    }
    const cell = row.cells[outcomeIndex] ?? '';
    labels.push(parseOutcome(cell, options.positive, { file, row: row.row, field: header[outcomeIndex] ?? options.outcome }));
    if (outcomeValues.size < listedValues) outcomeValues.add(cell.trim());
    rows.push(row.cells);
  }
  if (options.positive !== undefined && labels.length > 0 && !labels.includes(true)) {
    // Every row a failure is far likelier a typo in --positive than a history without one success.
    const field = header[outcomeIndex] ?? options.outcome;
    throw new CompoundError({
      code: 'invalid-argument',
      message: `--positive "${options.positive}" never occurs in "${field}" (values: ${[...outcomeValues].sort().join(', ')}); pass the value that counts as a success.`,
      context: { file, field },
    });
  }
  const n = rows.length;
  const testN = Math.round(n * testFraction);
  const trainN = n - testN;
  if (testN < 1 || trainN < 2) {
    throw new CompoundError({ code: 'invalid-argument', message: `${file} has ${n} data ${n === 1 ? 'row' : 'rows'}: too few to hold out ${testFraction} for testing.`, context: { file } });
  }
  const excluded = new Set([outcomeIndex, ...(options.exclude ?? []).map((name) => excludedIndex(header, name, file))]);
  const columns = detectColumns(header, rows.slice(0, trainN), excluded);
  const features = rows.map((cells) => featureRecord(cells, columns));

  let trainPositives = 0;
  for (let index = 0; index < trainN; index += 1) if (labels[index]) trainPositives += 1;
  const trainRate = Math.min(0.99, Math.max(0.001, trainPositives / trainN));
  const model = createReplyModel({ coldStart: { minExamples: 0, minPositives: 0 }, prior: { baseRate: trainRate }, ...options.model });
  for (let index = 0; index < trainN; index += 1) model.update({ features: features[index] as FeatureRecord, success: labels[index] === true });
  const testLabels = labels.slice(trainN);
  const modelPredictions = features.slice(trainN).map((record) => model.predict(record).p);

  const design = createDesign(rows.slice(0, trainN), columns);
  const fit = fitLogisticRegression(rows.slice(0, trainN).map(design), labels.slice(0, trainN));
  const baselinePredictions = rows.slice(trainN).map((cells) => fit.predict(design(cells)));

  const successes = labels.filter(Boolean).length;
  return {
    n,
    testN,
    baseRate: successes / n,
    baseRateInterval: wilsonInterval({ successes, trials: n }),
    ...scores(modelPredictions, testLabels),
    baseline: scores(baselinePredictions, testLabels),
    columns,
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

function featureRecord(cells: string[], columns: DetectedColumns): FeatureRecord {
  const record: Record<string, string | number> = {};
  for (const column of columns.numeric) {
    const value = parseNumber(cells[column.index] ?? '');
    if (value !== undefined) record[column.name] = value;
  }
  for (const column of columns.categorical) {
    const value = (cells[column.index] ?? '').trim();
    if (value !== '') record[column.name] = value;
  }
  return record;
}

/** Most frequent levels per categorical column kept as one-hot columns of the baseline. */
const baselineLevels = 50;

/** Dense design rows for the baseline: standardized numbers (missing → mean) and one-hot levels seen in training. */
function createDesign(trainRows: string[][], columns: DetectedColumns): (cells: string[]) => number[] {
  const numeric = columns.numeric.map((column) => {
    let count = 0;
    let sum = 0;
    let squares = 0;
    for (const cells of trainRows) {
      const value = parseNumber(cells[column.index] ?? '');
      if (value === undefined) continue;
      count += 1;
      sum += value;
      squares += value * value;
    }
    const mean = count > 0 ? sum / count : 0;
    const spread = count > 1 ? Math.sqrt(Math.max(0, (squares - count * mean * mean) / (count - 1))) : 0;
    return { index: column.index, mean, spread: spread > 0 ? spread : 1 };
  });
  const categorical = columns.categorical.map((column) => {
    const counts = new Map<string, number>();
    for (const cells of trainRows) {
      const value = (cells[column.index] ?? '').trim();
      if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const levels = [...counts].sort((a, b) => b[1] - a[1]).slice(0, baselineLevels).map(([value]) => value);
    return { index: column.index, levels: new Map(levels.map((value, position) => [value, position])) };
  });
  const width = numeric.length + categorical.reduce((sum, column) => sum + column.levels.size, 0);
  return (cells) => {
    const row = new Array<number>(width).fill(0);
    numeric.forEach((column, position) => {
      const value = parseNumber(cells[column.index] ?? '');
      row[position] = value === undefined ? 0 : (value - column.mean) / column.spread;
    });
    let offset = numeric.length;
    for (const column of categorical) {
      const level = column.levels.get((cells[column.index] ?? '').trim());
      if (level !== undefined) row[offset + level] = 1;
      offset += column.levels.size;
    }
    return row;
  };
}
