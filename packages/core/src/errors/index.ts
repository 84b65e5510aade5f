export { CompoundError, ProviderCallError, StoreQueryError } from './compound-error.js';
export { fileReadError } from './file-read-error.js';
export type { CompoundErrorContext } from './compound-error.js';
export type { CompoundErrorCode } from './error-codes.js';
