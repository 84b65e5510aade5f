import type { CompoundErrorCode } from './error-codes.js';

const marker = Symbol.for('compound.error');

/** Where an error happened: enough for the user to find and fix the input. */
export interface CompoundErrorContext {
  /** Tenant the operation ran for. */
  tenantId?: string;
  /** File being read (as the user named it). */
  file?: string;
  /** 1-based data row number (the header is row 0). */
  row?: number;
  /** 1-based physical line in the file, where a row number is not meaningful (e.g. an unterminated quote). */
  line?: number;
  /** Source column or canonical field. */
  field?: string;
  /** Provider or driver id. */
  provider?: string;
}

/**
 * The one base class of Compound's errors: a machine `code`, a human message that names the fix,
 * and context as fields. `CompoundError.isInstance` works across duplicated installs of the package.
 */
export class CompoundError extends Error {
  readonly [marker] = true;
  readonly code: CompoundErrorCode;
  readonly context: CompoundErrorContext;

  constructor(options: { code: CompoundErrorCode; message: string; context?: CompoundErrorContext; cause?: unknown }) {
    super(options.message, { cause: options.cause });
    this.name = 'CompoundError';
    this.code = options.code;
    this.context = options.context ?? {};
  }

  /** True for any CompoundError, even one created by another copy of this package. */
  static isInstance(value: unknown): value is CompoundError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true;
  }
}

/** A failed SQL statement, with the statement and its parameters for debugging. */
export class StoreQueryError extends CompoundError {
  readonly sql: string;
  readonly params: readonly unknown[];

  constructor(options: { sql: string; params: readonly unknown[]; cause: unknown; context?: CompoundErrorContext }) {
    const reason = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super({ code: 'store-query-failed', message: `Query failed: ${reason}`, context: options.context, cause: options.cause });
    this.name = 'StoreQueryError';
    this.sql = options.sql;
    this.params = options.params;
  }
}

/** A failed call to an outside data source, with what a retry policy needs to decide. */
export class ProviderCallError extends CompoundError {
  /** HTTP status, when the source answered. */
  readonly statusCode: number | undefined;
  /** Whether trying again may succeed (429, 5xx, timeouts, network errors). */
  readonly isRetryable: boolean;
  /** How long the source asked us to wait (from `Retry-After`), in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /** URL called. */
  readonly url: string | undefined;

  constructor(options: {
    message: string;
    provider?: string;
    statusCode?: number;
    isRetryable: boolean;
    retryAfterMs?: number;
    url?: string;
    cause?: unknown;
    context?: CompoundErrorContext;
  }) {
    super({
      code: 'provider-call-failed',
      message: options.message,
      context: { ...options.context, ...(options.provider === undefined ? {} : { provider: options.provider }) },
      cause: options.cause,
    });
    this.name = 'ProviderCallError';
    this.statusCode = options.statusCode;
    this.isRetryable = options.isRetryable;
    this.retryAfterMs = options.retryAfterMs;
    this.url = options.url;
  }

  /** True for any ProviderCallError, even one created by another copy of this package. */
  static isProviderCallError(value: unknown): value is ProviderCallError {
    return CompoundError.isInstance(value) && value.code === 'provider-call-failed' && 'isRetryable' in value;
  }
}
