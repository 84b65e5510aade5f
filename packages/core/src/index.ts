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
export type * from './store/store.js';
