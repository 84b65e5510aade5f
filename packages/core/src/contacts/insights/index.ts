export { importInsights } from './import-insights.js';
export type { ImportInsight, ImportInsightKind, ImportInsightsOptions, InsightTest } from './import-insights.js';
export type { InsightCompany, InsightContact } from './insight-segments.js';
export { wilsonInterval } from './wilson-interval.js';
export type { ProportionInterval } from './wilson-interval.js';
export { fisherExactTest } from './fisher-exact-test.js';
export type { ConcentrationCounts } from './fisher-exact-test.js';
