export { CompoundError, ProviderCallError, StoreQueryError, fileReadError } from './errors/index.js';
export type { CompoundErrorCode, CompoundErrorContext } from './errors/index.js';

export { contactFields, fieldTypes } from './contacts/contact.js';
export type {
  ContactField,
  ContactRecord,
  CustomValue,
  EmailInfo,
  FieldIssue,
  FieldType,
  JobFunction,
  MappedRow,
  MergeReason,
  Provenance,
  Seniority,
} from './contacts/contact.js';
export { emptyContactRecord } from './contacts/empty-contact-record.js';

export {
  applyMapping,
  mapColumns,
  readDelimited,
  recognizeExportFormat,
  refineMapping,
  createModelColumnResolver,
} from './contacts/import/index.js';
export type { ColumnMapping, ColumnResolver, DelimitedFile, DelimitedRow, DelimitedWarning, ReadDelimitedOptions } from './contacts/import/index.js';

export { normalizeContact } from './contacts/normalize/index.js';

export { dedup, createDedupIndex, mergeCluster, blockCandidates } from './contacts/dedup/index.js';
export type { DedupIndex, DedupOptions, DedupPair, DedupResult, DedupStats, MatchModel } from './contacts/dedup/index.js';

export {
  contactName,
  contactsToCsv,
  dedupFile,
  hasIdentity,
  importContacts,
  neutralizeFormula,
  readContactFile,
  toExportedContacts,
} from './contacts/pipeline/index.js';
export type {
  ContactFile,
  ContactFileRow,
  ContactsToCsvOptions,
  DedupFileOptions,
  DedupFileResult,
  ExportedContact,
  ImportContactsOptions,
  ImportPhase,
  ImportProgress,
  ImportProgressListener,
  ImportReport,
  ReadContactFileOptions,
  ReportedMapping,
} from './contacts/pipeline/index.js';

export { importInsights } from './contacts/insights/index.js';
export type { ImportInsight } from './contacts/insights/index.js';

export { compileIcp, createFeatureTableBuilder, fitScore, parsePlaybook, rescore } from './playbook/index.js';
export type { CompiledIcp, FitScoreResult, Icp, IcpDimension, Playbook } from './playbook/index.js';

export { achievedTarget, outcomeEventTypes, repliesTracked } from './learning/outcome-event.js';
export type { Channel, OutcomeEvent, OutcomeEventType, ReplySentiment, SendObservation, TargetOutcome } from './learning/outcome-event.js';
export { foldEvents, historyFields, importEventHistory } from './learning/events/index.js';
export { canonicalTimeZone, machineTimeZone, requireTimeZone } from './learning/events/index.js';
export type { EventHistoryImport, EventTypeCount, HistoryField, ImportEventHistoryOptions } from './learning/events/index.js';
export { createAngleLearner, createReplyWindowExposure, restoreAngleLearner } from './learning/angle-learner/index.js';
export type { AngleLearner, AngleLearnerOptions, AngleObservation, AngleRecommendation, ExposedSend, ReplyWindowExposure } from './learning/angle-learner/index.js';
export { createReplyModel, restoreReplyModel } from './learning/reply-model/index.js';
export type { ReplyModel, ReplyModelOptions, ReplyPrediction } from './learning/reply-model/index.js';
export { createTimingModel, restoreTimingModel } from './learning/timing/index.js';
export type { TimingModel } from './learning/timing/index.js';
export { rankContacts } from './learning/ranking/index.js';
export type { RankCandidate, RankContactsOptions } from './learning/ranking/index.js';
export { learningInsights } from './learning/insights/index.js';
export type { LearningInsight, LearningInsightsOptions } from './learning/insights/index.js';
export { forecastOutcomes, volumeToReachGoal } from './learning/forecast/index.js';
export type { Forecast, GoalSegment, PlannedVolume, VolumeToReachGoal } from './learning/forecast/index.js';
export { digestWeek, weeklyDigest } from './learning/digest/index.js';
export type { DigestWeek, DigestWeekOptions, WeeklyDigest } from './learning/digest/index.js';
export { auc, brier, expectedCalibrationError } from './learning/metrics/index.js';
export { evaluateReplyModelOnFile } from './learning/evaluate/index.js';
export type { ModelEvaluation } from './learning/evaluate/index.js';
export { simulate, createDefaultLoopComponents, formatSimulationReport } from './learning/simulator/index.js';
export type { SimulatedRate, SimulateOptions, SimulationResult } from './learning/simulator/index.js';
export { importTenantEvents, loadTenantLearning, rankTenantContacts, tenantCampaigns, tenantDigest, tenantForecast, tenantInsights } from './learning/loop/index.js';
export type { RankedTenantContact, TenantForecast, TenantLearning } from './learning/loop/index.js';

export { enrichCompanies, planEnrichment } from './enrichment/enrich-companies.js';
export type { EnrichCompaniesOptions, EnrichCompaniesResult, EnrichmentPlan, EnrichmentPlanSkip } from './enrichment/enrich-companies.js';
export { companyProfile } from './enrichment/company-profile.js';
export type { CompanyProfile, ProfileConflict, ProfileField } from './enrichment/company-profile.js';
export type { EnrichmentProgressEvent, EnrichmentRunSummary } from './enrichment/runner/run-summary.js';
export { enrichmentProviders } from './enrichment/registry.js';
export { offlineReason } from './enrichment/middleware/with-offline.js';
export type {
  EnrichedValue,
  EnrichmentCallOptions,
  EnrichmentPlanVerdict,
  EnrichmentProvider,
  EnrichmentResult,
  EnrichmentSignal,
  EnrichmentSubject,
} from './enrichment/enrichment-provider.js';

export { openStore } from './store/index.js';
export type * from './store/store.js';
