const day = 24 * 3600 * 1000;

/** How long a field stays fresh, by field name (the type of data it holds). */
export const fieldTtlDays: Readonly<Record<string, number>> = {
  openRoles: 7,
  personaRoles: 7,
  hiringVelocity: 7,
  latestFunding: 14,
  feedUrl: 14,
  news: 14,
  description: 90,
  legalName: 90,
  registryId: 90,
  foundedOn: 90,
  legalForm: 90,
  employeeBand: 90,
  activityCodes: 90,
  status: 90,
  registryCandidates: 90,
  insolvency: 7,
};

/** Fallback by stage, for fields not listed in `fieldTtlDays`. */
export const stageTtlDays: Readonly<Record<string, number>> = {
  hiring: 7,
  news: 14,
  registry: 90,
  triage: 30,
  research: 30,
  qc: 30,
  person: 30,
};

/** How long `field` (filled by `stage`) stays fresh, in ms: by field, else by stage, else 30 days. */
export function fieldTtlMs(field: string, stage: string): number {
  return (fieldTtlDays[field] ?? stageTtlDays[stage] ?? 30) * day;
}

/** Whether a field fetched with this expiry is stale at `now`. */
export function isStale(expiresAt: string, now: Date): boolean {
  return Date.parse(expiresAt) <= now.getTime();
}
