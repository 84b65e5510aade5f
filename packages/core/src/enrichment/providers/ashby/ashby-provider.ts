import type { EnrichmentProvider } from '../../enrichment-provider.js';
import { createJobBoardProvider, type JobBoardProviderSettings } from '../../hiring/create-job-board-provider.js';
import type { JobPosting } from '../../hiring/summarize-job-postings.js';
import { ashbyJobBoardResponseSchema } from './ashby-api.js';
import { mapAshbyJob } from './map-ashby-job.js';

/** Settings of `createAshbyProvider` (base URL default `COMPOUND_ASHBY_URL`, else `https://api.ashbyhq.com`). */
export type AshbyProviderSettings = JobBoardProviderSettings;

/**
 * Hiring signals from a company's public Ashby job board: open roles, roles matching the buyer
 * persona, and roles published in the last 30 days. Free and keyless.
 * @see https://developers.ashbyhq.com/docs/public-job-posting-api
 */
export function createAshbyProvider(settings: AshbyProviderSettings = {}): EnrichmentProvider {
  return createJobBoardProvider(
    {
      vendor: 'ashby',
      defaultBaseUrl: 'https://api.ashbyhq.com',
      boardUrl: (baseUrl, token) => `${baseUrl}/posting-api/job-board/${encodeURIComponent(token)}`,
      parse(json) {
        const parsed = ashbyJobBoardResponseSchema.safeParse(json);
        if (!parsed.success) return undefined;
        return { postings: parsed.data.jobs.map(mapAshbyJob).filter((posting): posting is JobPosting => posting !== undefined) };
      },
      messages: { expected: 'an Ashby job board', missing: 'Ashby job board' },
    },
    settings,
  );
}
