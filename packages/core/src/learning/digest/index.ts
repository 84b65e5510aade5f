export { digestWeek, weekHolding } from './digest-week.js';
export type { DigestWeek, DigestWeekOptions } from './digest-week.js';
export { weeklyDigest } from './weekly-digest.js';
export type { DigestAdjustment, DigestSegment, WeekFigures, WeeklyDigest, WeeklyDigestOptions } from './weekly-digest.js';
