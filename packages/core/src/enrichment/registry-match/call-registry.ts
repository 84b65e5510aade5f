import { ProviderCallError } from '../../errors/index.js';
import { networkFailureReason } from '../fetch/network-failure-reason.js';

/** One HTTP call to a registry. */
export interface RegistryCall {
  /** Provider id, for error context. */
  provider: string;
  fetch: typeof fetch;
  url: string;
  init?: RequestInit;
  signal?: AbortSignal;
  /** Statuses besides 404 that mean "no such record" for this registry (e.g. ARES answers 400 to a query it rejects). */
  noRecordStatuses?: readonly number[];
}

/** What a registry answered: a body, or "no such record" (HTTP 404). */
export type RegistryAnswer = { kind: 'ok'; text: string; status: number } | { kind: 'not-found'; text: string; status: number };

function envHint(provider: string): string {
  return `COMPOUND_${provider.toUpperCase().replaceAll('-', '_')}_URL`;
}

// A network failure (refused, DNS, reset) names the URL and stays retryable; the caller's abort passes through.
async function fetchRegistry(call: RegistryCall): Promise<Response> {
  try {
    return await call.fetch(call.url, { ...call.init, ...(call.signal === undefined ? {} : { signal: call.signal }) });
  } catch (error: unknown) {
    if (call.signal?.aborted === true || (error instanceof Error && error.name === 'AbortError')) throw error;
    throw new ProviderCallError({
      message: `Calling ${call.url} failed: ${networkFailureReason(error)}; check the network or ${envHint(call.provider)}`,
      provider: call.provider,
      isRetryable: true,
      url: call.url,
      cause: error,
    });
  }
}

/**
 * Calls a registry and reads the body as text. HTTP 404 is an answer (`not-found`), not an error.
 * Any other non-2xx status throws a {@link ProviderCallError} naming the provider,
 * URL and status, so retry and circuit-breaker middleware can act on it; so does a network failure
 * (retryable, naming the URL). Aborts propagate.
 */
export async function callRegistry(call: RegistryCall): Promise<RegistryAnswer> {
  const response = await fetchRegistry(call);
  if (response.status === 404 || call.noRecordStatuses?.includes(response.status) === true) {
    return { kind: 'not-found', text: await response.text(), status: response.status };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ProviderCallError({
      message: `${call.provider} answered HTTP ${response.status} for ${call.url}; retry later or check ${envHint(call.provider)}`,
      provider: call.provider,
      statusCode: response.status,
      // 408/429 and 5xx are transient; other 4xx mean the request itself is wrong.
      isRetryable: response.status === 408 || response.status === 429 || response.status >= 500,
      ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}),
      url: call.url,
    });
  }
  return { kind: 'ok', text: await response.text(), status: response.status };
}

/** Parses JSON text; `undefined` when it is not JSON (the caller reports a malformed response). */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
