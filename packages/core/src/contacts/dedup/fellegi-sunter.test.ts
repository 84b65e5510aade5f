import { describe, expect, it } from 'vitest';
import { sampleContacts } from './__fixtures__/sample-contacts.js';
import { candidatePairs } from './blocking.js';
import { createRecordComparer } from './compare-records.js';
import { anchoredM, estimateU, evidenceWeight, fitMatchModel, matchProbability, nonMatchShares, type PatternTable, uFromPatterns } from './fellegi-sunter.js';
import { createPatternTally } from './pattern-tally.js';
import { buildFeatures } from './record-features.js';

describe('Fellegi–Sunter EM', () => {
  it('learns that agreement is likely for matches and rare for non-matches', () => {
    const { records } = sampleContacts();
    const features = buildFeatures(records);
    const comparer = createRecordComparer(features);
    const u = estimateU(comparer, features.size);
    const candidates = candidatePairs(features);
    const levels = new Int8Array(comparer.fields.length);
    const tally = createPatternTally(levels.length);
    for (let k = 0; k < candidates.count; k++) {
      comparer.compare(candidates.left[k] ?? 0, candidates.right[k] ?? 0, levels);
      tally.add(comparer.patternCode(levels), levels);
    }
    const table = tally.table();
    const model = fitMatchModel(comparer.fields, table, u, { fitU: true });
    const birth = comparer.fields.findIndex((field) => field.name === 'birthDate');
    const equal = (comparer.fields[birth]?.levels ?? 0) - 1;
    expect(model.m[birth]?.[equal]).toBeGreaterThan(0.9);
    expect(model.u[birth]?.[equal]).toBeLessThan(0.05);
    // 50 duplicate pairs among ~1,600 candidates
    expect(model.lambda).toBeGreaterThan(0.02);
    // the share depends on how many loose candidates blocking adds
    expect(model.lambda).toBeLessThan(0.15);
    const allAgree = Int8Array.from(comparer.fields.map((field) => field.levels - 1));
    const allDisagree = Int8Array.from(comparer.fields.map(() => 0));
    expect(matchProbability(model, allAgree)).toBeGreaterThan(0.99);
    expect(matchProbability(model, allDisagree)).toBeLessThan(0.01);
  });

  it('estimates u from random pairs with smoothing', () => {
    const { records } = sampleContacts();
    const comparer = createRecordComparer(buildFeatures(records));
    const u = estimateU(comparer, records.length, 1000, 7);
    for (const row of u) {
      expect(row.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 6);
      for (const value of row) expect(value).toBeGreaterThan(0);
    }
  });
});

describe('anchoredM', () => {
  it('estimates m of each field from pairs anchored by another field', () => {
    const fields = [
      { name: 'email', levels: 3 },
      { name: 'firstName', levels: 4 },
    ];
    // 40 pairs share the email (anchor) and mostly agree on the first name; 1000 share nothing
    const table: PatternTable = {
      fieldCount: 2,
      levels: Int8Array.from([2, 3, 2, 2, 0, 0, 0, 3]),
      counts: Float64Array.from([36, 4, 1000, 20]),
      size: 4,
    };
    const m = anchoredM(fields, table, [2, -1]);
    expect(m[0]).toBeUndefined(); // the email anchors itself only: left to EM
    expect(m[1]?.[3]).toBeCloseTo((36 + 0.75) / 41, 5);
    expect(m[1]?.[0]).toBeLessThan(0.05);
  });

  it('counts only the strongest agreement among descriptive fields, and every disagreement', () => {
    const fields = [
      { name: 'email', levels: 2 },
      { name: 'custom.source', levels: 2 },
      { name: 'custom.program', levels: 2 },
    ];
    // log2(m/u): email agree 4, disagree -1; source agree 1, disagree -1; program agree 2, disagree -2
    const m = [[0.5, 0.5], [0.5, 0.5], [0.25, 0.75]];
    const u = [[1, 1 / 32], [1, 0.25], [1, 0.1875]];
    const model = { fields, m, u, lambda: 0.5, iterations: 0 };
    const agreeAll = Int8Array.from([1, 1, 1]);
    expect(evidenceWeight(model, agreeAll)).toBeCloseTo(4 + 1 + 2, 10);
    const descriptive = { ...model, descriptive: [false, true, true] };
    expect(evidenceWeight(descriptive, agreeAll)).toBeCloseTo(4 + 2, 10);
    expect(evidenceWeight(descriptive, Int8Array.from([1, 1, 0]))).toBeCloseTo(4 + 1 + Math.log2(0.25), 10);
    expect(matchProbability(descriptive, agreeAll)).toBeCloseTo(1 / (1 + 2 ** -6), 10);
  });
});

describe('u without the duplicates of a random sample', () => {
  it('weighs each random pattern by its share of non-matches', () => {
    const fields = [{ name: 'email', levels: 2 }];
    // 10 of 1,000 random pairs share an address; the model: m = [0.1, 0.9], u = [0.99, 0.01]
    const table: PatternTable = { fieldCount: 1, levels: Int8Array.from([1, 0]), counts: Float64Array.from([10, 990]), size: 2 };
    const model = { fields, m: [[0.1, 0.9]], u: [[0.99, 0.01]], lambda: 0.5, iterations: 0 };
    // 1 in 100 random pairs a match: odds of a shared address 90 × 1/99 = 10/11, so 11/21 of them
    // are non-matches; odds of different addresses (0.1/0.99) × 1/99 = 0.1/98.01
    const shares = nonMatchShares(model, table, 0.01);
    expect(shares[0]).toBeCloseTo(11 / 21, 10);
    expect(shares[1]).toBeCloseTo(98.01 / 98.11, 10);
    // add-one smoothing: (1 + 10 × 11/21) / (2 + 10 × 11/21 + 990 × 98.01/98.11)
    const shared = 1 + (10 * 11) / 21;
    const different = 1 + (990 * 98.01) / 98.11;
    expect(uFromPatterns(fields, table, shares)[0]?.[1]).toBeCloseTo(shared / (shared + different), 10);
    expect(uFromPatterns(fields, table)[0]?.[1]).toBeCloseTo(11 / 1002, 10);
  });
});

describe('EM with a handful of matches', () => {
  // 1,000 pairs disagreeing on both fields, 3 agreeing on the first only; the bound allows ~3 matches
  const fields = [
    { name: 'first', levels: 2 },
    { name: 'street', levels: 2 },
  ];
  const table: PatternTable = { fieldCount: 2, size: 2, levels: Int8Array.from([0, 0, 1, 0]), counts: Float64Array.from([1000, 3]) };
  const u = [
    [0.99, 0.01],
    [0.99, 0.01],
  ];

  it('does not learn from three pairs alone that matches live on different streets', () => {
    const model = fitMatchModel(fields, table, u, { maxLambda: 3 / 1003 });
    // 30 prior pairs at the starting guess (0.25 different) against 3 observed: m ≈ (3 + 7.5) / 33
    expect(model.m[1]?.[0]).toBeGreaterThan(0.25);
    expect(model.m[1]?.[0]).toBeLessThan(0.35);
    const unaided = fitMatchModel(fields, table, u, { maxLambda: 3 / 1003, priorPairs: 0 });
    expect(unaided.m[1]?.[0]).toBeGreaterThan(0.9);
  });
});
