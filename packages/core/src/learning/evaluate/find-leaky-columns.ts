import { auc } from '../metrics/auc.js';
import type { DetectedColumns } from './detect-columns.js';
import { parseNumber } from './parse-number.js';

/** A column that looks recorded after the send: kept in, but the user is told to check it. */
export interface LeakyColumn {
  /** Header name. */
  column: string;
  /**
   * Why: `separates` when the column alone ranks the training outcomes almost perfectly (a
   * `replied_at` filled exactly when a reply came), `after-send` when its name is an outreach event.
   */
  reason: 'separates' | 'after-send';
  /** The column's own AUC on the training rows (direction-free, 0.5–1), for `separates`. */
  auc?: number;
}

/**
 * No real pre-send attribute ranks replies this well alone (the strongest, title or channel, reach
 * about 0.6–0.7); a column that does is almost always the outcome written down another way.
 */
const separatingAuc = 0.95;
/** Each class needs this many training rows before a single column's AUC is worth a warning. */
const minimumPerClass = 5;
// Outreach events that happen after a send: opened, clicks, replied_at, reply_sentiment, meeting_booked, bounced, …
const afterSendName =
  /(?:^|[^a-z])(?:open(?:ed|s)?|click(?:ed|s)?|repl(?:y|ied|ies)|respon(?:se|ded|ses)|meeting(?:s)?|booked|bounce(?:d|s)?|unsubscribe(?:d|s)?|opt[\s_-]?out|sentiment|interested|converted)(?:[^a-z]|$)/i;

/**
 * Finds the columns that are likely known only after the outcome (leakage): ones that alone
 * separate the training outcomes almost perfectly (through their values or through which rows have
 * them filled in), and ones named like a later outreach event. Such columns make the figures look
 * far better than any prediction made before a send could be.
 */
export function findLeakyColumns(rows: readonly string[][], labels: readonly boolean[], columns: DetectedColumns): LeakyColumn[] {
  let positives = 0;
  for (const label of labels) if (label) positives += 1;
  const enoughRows = positives >= minimumPerClass && labels.length - positives >= minimumPerClass;
  const found: LeakyColumn[] = [];
  const numericIndexes = new Set(columns.numeric.map((column) => column.index));
  for (const column of [...columns.numeric, ...columns.categorical, ...columns.dates]) {
    const cells = rows.map((cellsOfRow) => (cellsOfRow[column.index] ?? '').trim());
    const separation = enoughRows ? singleColumnAuc(cells, labels, positives, numericIndexes.has(column.index)) : 0.5;
    if (separation >= separatingAuc) found.push({ column: column.name, reason: 'separates', auc: separation });
    else if (afterSendName.test(column.name)) found.push({ column: column.name, reason: 'after-send' });
  }
  return found;
}

/** The best direction-free AUC of one column alone: by whether it is filled, by its value, or by its level's outcome rate. */
function singleColumnAuc(cells: readonly string[], labels: readonly boolean[], positives: number, numeric: boolean): number {
  const twoSided = (value: number | undefined) => (value === undefined ? 0.5 : Math.max(value, 1 - value));
  let best = twoSided(auc(cells.map((cell) => (cell === '' ? 0 : 1)), labels));
  if (numeric) {
    const filled: number[] = [];
    const filledLabels: boolean[] = [];
    cells.forEach((cell, position) => {
      const value = parseNumber(cell);
      if (value === undefined) return;
      filled.push(value);
      filledLabels.push(labels[position] === true);
    });
    best = Math.max(best, twoSided(auc(filled, filledLabels)));
  }
  // Leave-one-out level rates: a row's own outcome never scores it, so a level seen once (an id, a
  // date) scores the overall rate instead of its own outcome, and only levels shared by rows count.
  const levels = new Map<string, { rows: number; successes: number }>();
  cells.forEach((cell, position) => {
    const level = levels.get(cell) ?? { rows: 0, successes: 0 };
    level.rows += 1;
    if (labels[position]) level.successes += 1;
    levels.set(cell, level);
  });
  const overall = positives / labels.length;
  const scores = cells.map((cell, position) => {
    const level = levels.get(cell) ?? { rows: 1, successes: 0 };
    const own = labels[position] ? 1 : 0;
    return level.rows > 1 ? (level.successes - own) / (level.rows - 1) : overall;
  });
  // One-sided: a level's rate already points the right way, and the leave-one-out penalty on levels
  // of two or three rows pushes an unrelated many-level column (company) below 0.5, not above.
  return Math.max(best, auc(scores, labels) ?? 0.5);
}
