/**
 * What each comparison pattern of a dedup run says under the fitted model: its match probability,
 * the weight of the fields beside the names, and how the names agree. Read once per pattern (a few
 * thousand), not once per candidate pair (millions).
 */
import { evidenceWeight, type MatchModel, matchProbability, type PatternTable, positiveWeight } from './fellegi-sunter.js';
import type { ComparedField } from './record-comparison.js';

/** Fields that colleagues (company, organisation, title), neighbours and households (city, region, postcode, street) share. */
const sharedFieldNames = new Set(['company', 'organisation', 'title', 'city', 'region', 'postcode', 'street']);

/** Per-pattern arrays, indexed by pattern number. */
export interface PatternEvidence {
  probabilities: Float64Array;
  /** Log2 weight that the fields other than the names add. */
  corroboration: Float64Array;
  /** First and last names both agree at least closely (level 2+: equal, the same given name, or a typo apart), or one does and the other is missing. */
  namesAgree: Uint8Array;
  /** First and last names both agree exactly (level 3). */
  exactNames: Uint8Array;
  /** One name agrees at least closely and the other is missing on either side. */
  oneName: Uint8Array;
  /** Log2 weight of the fields a person does not share with colleagues or relatives. */
  personal: Float64Array;
}

/** The evidence of every pattern of `table` under `model`. */
export function describePatterns(model: MatchModel, table: PatternTable, fields: readonly ComparedField[]): PatternEvidence {
  const fieldCount = fields.length;
  const evidence: PatternEvidence = {
    probabilities: new Float64Array(table.size),
    corroboration: new Float64Array(table.size),
    namesAgree: new Uint8Array(table.size),
    exactNames: new Uint8Array(table.size),
    oneName: new Uint8Array(table.size),
    personal: new Float64Array(table.size),
  };
  const nameFields = fields.map((field) => field.name === 'firstName' || field.name === 'lastName');
  // fields that colleagues, neighbours and relatives share as well: they cannot tell two people
  // with similar names apart
  const sharedFields = fields.map((field, f) => nameFields[f] === true || sharedFieldNames.has(field.name));
  const firstSlot = fields.findIndex((field) => field.name === 'firstName');
  const lastSlot = fields.findIndex((field) => field.name === 'lastName');
  for (let p = 0; p < table.size; p++) {
    const pattern = table.levels.subarray(p * fieldCount, (p + 1) * fieldCount);
    evidence.probabilities[p] = matchProbability(model, pattern);
    evidence.corroboration[p] = evidenceWeight(model, pattern, nameFields);
    evidence.personal[p] = positiveWeight(model, pattern, sharedFields);
    const firstLevel = firstSlot >= 0 ? (pattern[firstSlot] ?? -1) : -1;
    const lastLevel = lastSlot >= 0 ? (pattern[lastSlot] ?? -1) : -1;
    const oneName = (firstLevel >= 2 && lastLevel === -1) || (firstLevel === -1 && lastLevel >= 2);
    evidence.oneName[p] = oneName ? 1 : 0;
    evidence.namesAgree[p] = (firstLevel >= 2 && lastLevel >= 2) || oneName ? 1 : 0;
    evidence.exactNames[p] = firstLevel >= 3 && lastLevel >= 3 ? 1 : 0;
  }
  return evidence;
}
