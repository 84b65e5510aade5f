export { learningInsights, minimumInsightSample } from './learning-insights.js';
export type { LearningInsightsOptions } from './learning-insights.js';
export type { InsightDimension, LearningInsight, PlaybookEdit } from './learning-insight.js';
export { companySizeBand, signalWindowBand } from './insight-families.js';
