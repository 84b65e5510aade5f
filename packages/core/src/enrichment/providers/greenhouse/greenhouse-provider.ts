import type { EnrichmentProvider } from '../../enrichment-provider.js';
import { providerBaseUrl } from '../../fetch/provider-base-url.js';
import { fetchJobBoard } from '../../hiring/fetch-job-board.js';
import { jobBoardTokens } from '../../hiring/job-board-link.js';
import { summarizeJobPostings, type JobPosting } from '../../hiring/summarize-job-postings.js';
import { greenhouseJobsResponseSchema } from './greenhouse-api.js';
import { mapGreenhouseJob } from './map-greenhouse-job.js';

/** Settings of `createGreenhouseProvider`. */
export interface GreenhouseProviderSettings {
  /** Base URL. Default: `COMPOUND_GREENHOUSE_URL`, else `https://boards-api.greenhouse.io`. */
  baseUrl?: string;
  /** Environment to read `COMPOUND_GREENHOUSE_URL` from. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Current time, for hiring velocity. Default: `() => new Date()`. */
  now?: () => Date;
}

/**
 * Hiring signals from a company's public Greenhouse job board (the board token comes from the
 * `jobBoards` field the website stage found): open roles, roles matching the buyer persona, and
 * roles first published in the last 30 days. Free and keyless.
 * @see https://developers.greenhouse.io/job-board.html
 */
export function createGreenhouseProvider(settings: GreenhouseProviderSettings = {}): EnrichmentProvider {
  const baseUrl = providerBaseUrl('greenhouse', 'https://boards-api.greenhouse.io', settings);
  const now = settings.now ?? (() => new Date());
  return {
    id: 'greenhouse',
    stage: 'hiring',
    subject: 'company',
    fields: ['openRoles', 'personaRoles', 'hiringVelocity'],
    cost: { perCall: 0, unit: 'credits' },
    rateLimit: { perSecond: 5, burst: 10, concurrency: 4 },
    baseUrl,
    applies: (subject, known) => subject.kind === 'company' && jobBoardTokens(known, 'greenhouse').length > 0,
    cacheKey: (_subject, known) => `greenhouse:${jobBoardTokens(known, 'greenhouse').map((token) => token.toLowerCase()).join(',')}`,
    async enrich({ known, context, fetch, signal }) {
      const warnings: string[] = [];
      for (const token of jobBoardTokens(known, 'greenhouse')) {
        const url = `${baseUrl}/v1/boards/${encodeURIComponent(token)}/jobs`;
        const response = await fetchJobBoard(fetch, url, { provider: 'greenhouse', ...(signal === undefined ? {} : { signal }) });
        if (!response.found) {
          warnings.push(response.warning);
          continue;
        }
        const parsed = greenhouseJobsResponseSchema.safeParse(response.json);
        if (!parsed.success) {
          warnings.push(`${url} did not look like a Greenhouse job list`);
          continue;
        }
        const postings = parsed.data.jobs.map(mapGreenhouseJob).filter((posting): posting is JobPosting => posting !== undefined);
        const result = summarizeJobPostings({
          provider: 'greenhouse',
          postings,
          ...(typeof parsed.data.meta?.total === 'number' ? { totalOpen: parsed.data.meta.total } : {}),
          ...(context.personaKeywords === undefined ? {} : { personaKeywords: context.personaKeywords }),
          now: now(),
          source: url,
        });
        return { ...result, warnings: [...warnings, ...result.warnings] };
      }
      return { status: 'no-data', fields: {}, signals: [], cost: 0, warnings: warnings.length > 0 ? warnings : ['no Greenhouse board found for this company'] };
    },
  };
}
