import { z } from 'zod';
import type { EnrichedValue } from '../enrichment-provider.js';

/** Job-board vendors whose public APIs the hiring stage reads. */
export type JobBoardVendor = 'greenhouse' | 'lever' | 'ashby';

/** A company's public job board, found on its careers page (stored in the `jobBoards` field). */
export interface JobBoardLink {
  vendor: JobBoardVendor;
  /** Board token (Greenhouse), company slug (Lever) or organization name (Ashby). */
  token: string;
  /** The link it was found as. */
  url: string;
}

const jobBoardLinkSchema = z.object({
  vendor: z.enum(['greenhouse', 'lever', 'ashby']),
  token: z.string().min(1),
  url: z.string(),
});

// Path segments that are pages of the job-board sites themselves, not a company's board.
const reservedSegments = new Set(['embed', 'jobs', 'api', 'v1', 'v0', 'static', 'assets', 'careers', 'apply', 'posting-api', 'static-assets']);

function firstSegment(path: string): string | undefined {
  const segment = path.split('/').find((part) => part !== '');
  if (segment === undefined) return undefined;
  const token = decodeURIComponent(segment).trim();
  return /^[\w.-]{1,100}$/.test(token) && !reservedSegments.has(token.toLowerCase()) ? token : undefined;
}

function linkOf(url: URL): JobBoardLink | undefined {
  const host = url.hostname.toLowerCase();
  const href = url.toString();
  if (host === 'boards.greenhouse.io' || host === 'job-boards.greenhouse.io' || host === 'job-boards.eu.greenhouse.io' || host === 'boards.eu.greenhouse.io') {
    // Embedded boards name the token in a query parameter: /embed/job_board?for=<token>.
    const embedded = url.searchParams.get('for');
    const token = embedded !== null && /^[\w.-]{1,100}$/.test(embedded) ? embedded : firstSegment(url.pathname);
    return token === undefined ? undefined : { vendor: 'greenhouse', token, url: href };
  }
  if (host === 'boards-api.greenhouse.io') {
    const token = /^\/v1\/boards\/([\w.-]+)/.exec(url.pathname)?.[1];
    return token === undefined ? undefined : { vendor: 'greenhouse', token, url: href };
  }
  if (host === 'jobs.lever.co' || host === 'jobs.eu.lever.co') {
    const token = firstSegment(url.pathname);
    return token === undefined ? undefined : { vendor: 'lever', token, url: href };
  }
  if (host === 'jobs.ashbyhq.com') {
    const token = firstSegment(url.pathname);
    return token === undefined ? undefined : { vendor: 'ashby', token, url: href };
  }
  return undefined;
}

/**
 * Finds public job boards among links: `boards.greenhouse.io/<token>`, `job-boards.greenhouse.io/<token>`
 * (and `…/embed/job_board?for=<token>`), `jobs.lever.co/<company>`, `jobs.ashbyhq.com/<org>`.
 * One link per vendor and token, in the order first seen.
 * @example findJobBoardLinks(['https://jobs.lever.co/acme/123']) // [{ vendor: 'lever', token: 'acme', url: … }]
 */
export function findJobBoardLinks(urls: Iterable<string>): JobBoardLink[] {
  const found = new Map<string, JobBoardLink>();
  for (const raw of urls) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    const link = linkOf(url);
    if (link === undefined) continue;
    const key = `${link.vendor}:${link.token.toLowerCase()}`;
    if (!found.has(key)) found.set(key, link);
  }
  return [...found.values()];
}

/**
 * The board tokens of one vendor from the `jobBoards` field an earlier stage found (malformed entries
 * are ignored).
 */
export function jobBoardTokens(known: Readonly<Record<string, EnrichedValue>>, vendor: JobBoardVendor): string[] {
  const parsed = z.array(z.unknown()).safeParse(known['jobBoards']?.value);
  if (!parsed.success) return [];
  const tokens: string[] = [];
  for (const entry of parsed.data) {
    const link = jobBoardLinkSchema.safeParse(entry);
    if (link.success && link.data.vendor === vendor && !tokens.includes(link.data.token)) tokens.push(link.data.token);
  }
  return tokens;
}
