import { parseEmployeeCount } from '../../../contacts/normalize/index.js';
import type { EnrichedValue } from '../../enrichment-provider.js';
import type { QcFinding, QcValue } from './qc-conflict.js';

/** A headcount range; `max` is open-ended when undefined. */
interface Range {
  min: number;
  max?: number;
  label: string;
}

// An exact count is an estimate (registry counts lag, websites round): widen it by 30% each way.
const exactTolerance = 0.3;

function toRange(value: unknown): Range | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return widen({ min: value, max: value, label: String(value) });
  if (typeof value === 'string') {
    const count = parseEmployeeCount(value);
    if (count === undefined) return undefined;
    if (count.range === undefined) return widen({ min: count.count, max: count.count, label: value });
    const [low, high] = count.range.replace('+', '').split('-');
    return { min: Number(low), ...(high === undefined || count.range.endsWith('+') ? {} : { max: Number(high) }), label: value };
  }
  if (typeof value === 'object' && value !== null && 'min' in value && typeof value.min === 'number') {
    const max = 'max' in value && typeof value.max === 'number' ? value.max : undefined;
    const range = { min: value.min, ...(max === undefined ? {} : { max }), label: max === undefined ? `${value.min}+` : `${value.min}-${max}` };
    return max === value.min ? widen(range) : range;
  }
  return undefined;
}

function widen(range: Range): Range {
  return { min: Math.floor(range.min * (1 - exactTolerance)), max: Math.ceil((range.max ?? range.min) * (1 + exactTolerance)), label: range.label };
}

function overlap(left: Range, right: Range): boolean {
  return left.min <= (right.max ?? Number.POSITIVE_INFINITY) && right.min <= (left.max ?? Number.POSITIVE_INFINITY);
}

/**
 * Compares headcounts from the registry band (`employeeBand`), the website hint (`sizeHint`) and the
 * imported figure (`employees`, a number or band such as `51-200`): consistent when every pair of
 * ranges overlaps (exact counts widened by 30%), else a conflict naming the figures.
 */
export function checkSizeConsistency(known: Readonly<Record<string, EnrichedValue>>): QcFinding | undefined {
  const sources: Array<{ name: string; entry: EnrichedValue; range: Range }> = [];
  for (const name of ['employeeBand', 'sizeHint', 'employees'] as const) {
    const entry = known[name];
    const range = entry === undefined ? undefined : toRange(entry.value);
    if (entry !== undefined && range !== undefined) sources.push({ name, entry, range });
  }
  if (sources.length < 2) return undefined;
  const clashes: string[] = [];
  for (let left = 0; left < sources.length; left += 1) {
    for (let right = left + 1; right < sources.length; right += 1) {
      const a = sources[left];
      const b = sources[right];
      if (a !== undefined && b !== undefined && !overlap(a.range, b.range)) clashes.push(`${a.name} ${a.range.label} vs ${b.name} ${b.range.label}`);
    }
  }
  const values: QcValue[] = sources.map((source) => ({ value: source.entry.value, source: source.entry.source }));
  return {
    field: 'employees',
    outcome: clashes.length === 0 ? 'consistent' : 'conflict',
    values,
    note: clashes.length === 0 ? `headcounts agree (${sources.map((source) => source.range.label).join(', ')})` : clashes.join('; '),
  };
}
