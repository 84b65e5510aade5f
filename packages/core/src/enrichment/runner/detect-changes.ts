import type { EnrichmentSignal } from '../enrichment-provider.js';

/** Field values of one subject at one point in time. */
export type SnapshotFields = Readonly<Record<string, unknown>>;

const insolventStatuses = new Set(['insolvent', 'in-liquidation', 'liquidation', 'bankrupt', 'insolvency']);
const leadershipFields = ['ceo', 'leaders', 'leadership', 'executives'];
const fundingFields = ['latestFunding', 'funding'];

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function roleKeys(value: unknown): Set<string> {
  if (!Array.isArray(value)) return new Set();
  return new Set(value.map((role) => (typeof role === 'object' && role !== null ? JSON.stringify((role as Record<string, unknown>)['id'] ?? (role as Record<string, unknown>)['title'] ?? role) : String(role))));
}

function headcount(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const low = record['min'] ?? record['from'];
    if (typeof low === 'number') return low;
  }
  return undefined;
}

/**
 * Typed changes between two snapshots of one subject: `headcount-change` (10 % or more, or a new
 * band), `insolvency` (status turns insolvent or in liquidation), `leadership-change`, `funding`,
 * `hiring-for-persona` (persona roles not open before) and, for people, `job-change`. Nothing is
 * reported for a first snapshot: there is nothing to compare with.
 * @param detectedAt When the change was seen (ISO 8601), used as `occurredAt`: the change happened
 *   at most then.
 */
export function detectChanges(previous: SnapshotFields | undefined, current: SnapshotFields, detectedAt: string): EnrichmentSignal[] {
  if (previous === undefined) return [];
  const signals: EnrichmentSignal[] = [];
  const changed = (field: string): boolean => field in current && current[field] !== undefined && !same(previous[field], current[field]);

  for (const field of ['employees', 'employeeBand']) {
    if (!changed(field) || previous[field] === undefined) continue;
    const before = headcount(previous[field]);
    const after = headcount(current[field]);
    if (before !== undefined && after !== undefined && field === 'employees' && Math.abs(after - before) < 0.1 * Math.max(1, before)) continue;
    signals.push({ type: 'headcount-change', occurredAt: detectedAt, text: `Headcount changed: ${JSON.stringify(previous[field])} → ${JSON.stringify(current[field])}`, source: 'snapshot', data: { field, from: previous[field], to: current[field] } });
  }
  for (const field of ['status', 'insolvency']) {
    const after = current[field];
    const isInsolvent = (value: unknown): boolean => (typeof value === 'string' && insolventStatuses.has(value)) || (field === 'insolvency' && value !== null && value !== false && value !== undefined && !(Array.isArray(value) && value.length === 0));
    if (changed(field) && isInsolvent(after) && !isInsolvent(previous[field])) {
      signals.push({ type: 'insolvency', occurredAt: detectedAt, text: `Insolvency or liquidation recorded (${field}).`, source: 'snapshot', data: { field, from: previous[field] ?? null, to: after } });
    }
  }
  for (const field of leadershipFields) {
    if (changed(field) && previous[field] !== undefined) {
      signals.push({ type: 'leadership-change', occurredAt: detectedAt, text: `Leadership changed (${field}).`, source: 'snapshot', data: { field, from: previous[field], to: current[field] } });
    }
  }
  for (const field of fundingFields) {
    if (changed(field)) {
      signals.push({ type: 'funding', occurredAt: detectedAt, text: `New funding information (${field}).`, source: 'snapshot', data: { field, from: previous[field] ?? null, to: current[field] } });
    }
  }
  if (changed('personaRoles')) {
    const before = roleKeys(previous['personaRoles']);
    const added = [...roleKeys(current['personaRoles'])].filter((key) => !before.has(key));
    if (added.length > 0) {
      signals.push({ type: 'hiring-for-persona', occurredAt: detectedAt, text: `${added.length} new role(s) matching the buyer persona.`, source: 'snapshot', data: { added } });
    }
  }
  for (const field of ['company', 'companyDomain', 'title']) {
    if (changed(field) && previous[field] !== undefined) {
      signals.push({ type: 'job-change', occurredAt: detectedAt, text: `Job change: ${field} ${JSON.stringify(previous[field])} → ${JSON.stringify(current[field])}`, source: 'snapshot', data: { field, from: previous[field], to: current[field] } });
    }
  }
  return signals;
}
