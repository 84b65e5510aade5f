import type { EnrichmentProvider } from '../enrichment-provider.js';
import { providerBaseUrl } from '../fetch/provider-base-url.js';
import { fetchJobBoard } from './fetch-job-board.js';
import { jobBoardTokens, type JobBoardVendor } from './job-board-link.js';
import { summarizeJobPostings, type JobPosting } from './summarize-job-postings.js';

/** Settings every job-board provider takes. */
export interface JobBoardProviderSettings {
  /** Base URL. Default: `COMPOUND_<VENDOR>_URL`, else the vendor's public API. */
  baseUrl?: string;
  /** Environment to read `COMPOUND_<VENDOR>_URL` from. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Current time, for hiring velocity. Default: `() => new Date()`. */
  now?: () => Date;
}

/** What differs between job-board vendors: where a board lives and how its answer reads. */
export interface JobBoardVendorSpec {
  vendor: JobBoardVendor;
  defaultBaseUrl: string;
  /** The board's URL for one board token. */
  boardUrl(baseUrl: string, token: string): string;
  /** Postings (and the board's own open-role total, when it gives one), or undefined when the answer is not a board. */
  parse(json: unknown): { postings: JobPosting[]; totalOpen?: number } | undefined;
  /** Messages: what an answer should have looked like (`a Greenhouse job list`) and what was not found (`Greenhouse board`). */
  messages: { expected: string; missing: string };
}

/**
 * A hiring-signal provider over one vendor's public job boards (the board tokens come from the
 * `jobBoards` field the website stage found): open roles, roles matching the buyer persona, and
 * roles published in the last 30 days. Free and keyless; one spec per vendor, one flow for all.
 */
export function createJobBoardProvider(spec: JobBoardVendorSpec, settings: JobBoardProviderSettings = {}): EnrichmentProvider {
  const { vendor } = spec;
  const baseUrl = providerBaseUrl(vendor, spec.defaultBaseUrl, settings);
  const now = settings.now ?? (() => new Date());
  return {
    id: vendor,
    stage: 'hiring',
    subject: 'company',
    fields: ['openRoles', 'personaRoles', 'hiringVelocity'],
    cost: { perCall: 0, unit: 'credits' },
    rateLimit: { perSecond: 5, burst: 10, concurrency: 4 },
    baseUrl,
    applies: (subject, known) => subject.kind === 'company' && jobBoardTokens(known, vendor).length > 0,
    cacheKey: (_subject, known) => `${vendor}:${jobBoardTokens(known, vendor).map((token) => token.toLowerCase()).join(',')}`,
    // A dry run cannot know the boards a website lists: where the website stage runs, a call is possible.
    plan: (subject, known, expected) => {
      if (subject.kind !== 'company') return { call: false };
      if (jobBoardTokens(known, vendor).length > 0 || expected.has('jobBoards')) return { call: true };
      return { call: false, reason: 'no job board known: the website stage, which finds them, does not run for it' };
    },
    async enrich({ known, context, fetch, signal }) {
      const warnings: string[] = [];
      for (const token of jobBoardTokens(known, vendor)) {
        const url = spec.boardUrl(baseUrl, token);
        const response = await fetchJobBoard(fetch, url, { provider: vendor, ...(signal === undefined ? {} : { signal }) });
        if (!response.found) {
          warnings.push(response.warning);
          continue;
        }
        const board = spec.parse(response.json);
        if (!board) {
          warnings.push(`${url} did not look like ${spec.messages.expected}`);
          continue;
        }
        const result = summarizeJobPostings({
          provider: vendor,
          postings: board.postings,
          ...(board.totalOpen === undefined ? {} : { totalOpen: board.totalOpen }),
          ...(context.personaKeywords === undefined ? {} : { personaKeywords: context.personaKeywords }),
          now: now(),
          source: url,
        });
        return { ...result, warnings: [...warnings, ...result.warnings] };
      }
      return { status: 'no-data', fields: {}, signals: [], cost: 0, warnings: warnings.length > 0 ? warnings : [`no ${spec.messages.missing} found for this company`] };
    },
  };
}
