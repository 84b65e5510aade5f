import type { EnrichmentProvider } from '../../enrichment-provider.js';
import { createJobBoardProvider, type JobBoardProviderSettings } from '../../hiring/create-job-board-provider.js';
import type { JobPosting } from '../../hiring/summarize-job-postings.js';
import { leverPostingsResponseSchema } from './lever-api.js';
import { mapLeverPosting } from './map-lever-posting.js';

/** Settings of `createLeverProvider` (base URL default `COMPOUND_LEVER_URL`, else `https://api.lever.co`). */
export type LeverProviderSettings = JobBoardProviderSettings;

/**
 * Hiring signals from a company's public Lever job site: open roles, roles matching the buyer
 * persona, and roles created in the last 30 days. Free and keyless.
 * @see https://github.com/lever/postings-api
 */
export function createLeverProvider(settings: LeverProviderSettings = {}): EnrichmentProvider {
  return createJobBoardProvider(
    {
      vendor: 'lever',
      defaultBaseUrl: 'https://api.lever.co',
      boardUrl: (baseUrl, token) => `${baseUrl}/v0/postings/${encodeURIComponent(token)}?mode=json`,
      parse(json) {
        const parsed = leverPostingsResponseSchema.safeParse(json);
        if (!parsed.success) return undefined;
        return { postings: parsed.data.map(mapLeverPosting).filter((posting): posting is JobPosting => posting !== undefined) };
      },
      messages: { expected: 'a Lever postings list', missing: 'Lever job site' },
    },
    settings,
  );
}
