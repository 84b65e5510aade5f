import type { EnrichmentProvider } from '../../enrichment-provider.js';
import { providerBaseUrl } from '../../fetch/provider-base-url.js';
import { fetchJobBoard } from '../../hiring/fetch-job-board.js';
import { jobBoardTokens } from '../../hiring/job-board-link.js';
import { summarizeJobPostings, type JobPosting } from '../../hiring/summarize-job-postings.js';
import { ashbyJobBoardResponseSchema } from './ashby-api.js';
import { mapAshbyJob } from './map-ashby-job.js';

/** Settings of `createAshbyProvider`. */
export interface AshbyProviderSettings {
  /** Base URL. Default: `COMPOUND_ASHBY_URL`, else `https://api.ashbyhq.com`. */
  baseUrl?: string;
  /** Environment to read `COMPOUND_ASHBY_URL` from. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Current time, for hiring velocity. Default: `() => new Date()`. */
  now?: () => Date;
}

/**
 * Hiring signals from a company's public Ashby job board (the board name comes from the `jobBoards`
 * field the website stage found): open roles, roles matching the buyer persona, and roles published
 * in the last 30 days. Free and keyless.
 * @see https://developers.ashbyhq.com/docs/public-job-posting-api
 */
export function createAshbyProvider(settings: AshbyProviderSettings = {}): EnrichmentProvider {
  const baseUrl = providerBaseUrl('ashby', 'https://api.ashbyhq.com', settings);
  const now = settings.now ?? (() => new Date());
  return {
    id: 'ashby',
    stage: 'hiring',
    subject: 'company',
    fields: ['openRoles', 'personaRoles', 'hiringVelocity'],
    cost: { perCall: 0, unit: 'credits' },
    rateLimit: { perSecond: 5, burst: 10, concurrency: 4 },
    baseUrl,
    applies: (subject, known) => subject.kind === 'company' && jobBoardTokens(known, 'ashby').length > 0,
    cacheKey: (_subject, known) => `ashby:${jobBoardTokens(known, 'ashby').map((token) => token.toLowerCase()).join(',')}`,
    async enrich({ known, context, fetch, signal }) {
      const warnings: string[] = [];
      for (const token of jobBoardTokens(known, 'ashby')) {
        const url = `${baseUrl}/posting-api/job-board/${encodeURIComponent(token)}`;
        const response = await fetchJobBoard(fetch, url, { provider: 'ashby', ...(signal === undefined ? {} : { signal }) });
        if (!response.found) {
          warnings.push(response.warning);
          continue;
        }
        const parsed = ashbyJobBoardResponseSchema.safeParse(response.json);
        if (!parsed.success) {
          warnings.push(`${url} did not look like an Ashby job board`);
          continue;
        }
        const postings = parsed.data.jobs.map(mapAshbyJob).filter((posting): posting is JobPosting => posting !== undefined);
        const result = summarizeJobPostings({
          provider: 'ashby',
          postings,
          ...(context.personaKeywords === undefined ? {} : { personaKeywords: context.personaKeywords }),
          now: now(),
          source: url,
        });
        return { ...result, warnings: [...warnings, ...result.warnings] };
      }
      return { status: 'no-data', fields: {}, signals: [], cost: 0, warnings: warnings.length > 0 ? warnings : ['no Ashby job board found for this company'] };
    },
  };
}
