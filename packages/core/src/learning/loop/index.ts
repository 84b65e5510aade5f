export { contactLearningFeatures, contactSegment } from './contact-learning-features.js';
export { loadTenantLearning } from './tenant-learning.js';
export type { LoadTenantLearningOptions, TenantLearning } from './tenant-learning.js';
export { importTenantEvents, rankTenantContacts, tenantCampaigns, tenantDigest, tenantForecast, tenantInsights } from './tenant-intelligence.js';
export type { RankedTenantContact, TenantForecast, TenantIntelligenceOptions } from './tenant-intelligence.js';
