import type { EnrichmentProvider } from '../../enrichment-provider.js';
import { createJobBoardProvider, type JobBoardProviderSettings } from '../../hiring/create-job-board-provider.js';
import type { JobPosting } from '../../hiring/summarize-job-postings.js';
import { greenhouseJobsResponseSchema } from './greenhouse-api.js';
import { mapGreenhouseJob } from './map-greenhouse-job.js';

/** Settings of `createGreenhouseProvider` (base URL default `COMPOUND_GREENHOUSE_URL`, else `https://boards-api.greenhouse.io`). */
export type GreenhouseProviderSettings = JobBoardProviderSettings;

/**
 * Hiring signals from a company's public Greenhouse job board: open roles (the board's own total,
 * which may exceed the roles it lists), roles matching the buyer persona, and roles first published
 * in the last 30 days. Free and keyless.
 * @see https://developers.greenhouse.io/job-board.html
 */
export function createGreenhouseProvider(settings: GreenhouseProviderSettings = {}): EnrichmentProvider {
  return createJobBoardProvider(
    {
      vendor: 'greenhouse',
      defaultBaseUrl: 'https://boards-api.greenhouse.io',
      boardUrl: (baseUrl, token) => `${baseUrl}/v1/boards/${encodeURIComponent(token)}/jobs`,
      parse(json) {
        const parsed = greenhouseJobsResponseSchema.safeParse(json);
        if (!parsed.success) return undefined;
        const postings = parsed.data.jobs.map(mapGreenhouseJob).filter((posting): posting is JobPosting => posting !== undefined);
        const total = parsed.data.meta?.total;
        return typeof total === 'number' ? { postings, totalOpen: total } : { postings };
      },
      messages: { expected: 'a Greenhouse job list', missing: 'Greenhouse board' },
    },
    settings,
  );
}
