export { CompoundError, StoreQueryError } from './errors/index.js';
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

export { compileIcp, createFeatureTableBuilder, fitScore, parsePlaybook, playbookSchema, rescore } from './playbook/index.js';
export type { CompiledIcp, FitScoreResult, Icp, IcpDimension, Playbook } from './playbook/index.js';

export { openStore } from './store/index.js';
export type * from './store/store.js';
