export { weeklyDigest } from './weekly-digest.js';
export type { DigestAdjustment, DigestSegment, WeekFigures, WeeklyDigest, WeeklyDigestOptions } from './weekly-digest.js';
