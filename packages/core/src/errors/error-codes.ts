/**
 * Every error code Compound raises. Callers branch on `code`; the server maps each code to an HTTP
 * status in one place.
 */
export type CompoundErrorCode =
  | 'invalid-argument'
  | 'file-not-found'
  | 'file-empty'
  | 'file-binary'
  | 'file-no-header'
  | 'file-unterminated-quote'
  | 'file-too-many-columns'
  | 'cell-too-large'
  | 'import-row-invalid'
  | 'mapping-invalid'
  | 'playbook-invalid'
  | 'store-query-failed'
  | 'store-migration-failed'
  /** The embedded database folder is open in another process (or another store of this one). */
  | 'store-locked'
  /** The embedded database folder holds files that are not a complete database (a creation stopped half way, by an older version). */
  | 'store-unopenable'
  | 'tenant-missing'
  | 'not-found'
  | 'provider-call-failed'
  | 'budget-exceeded';
