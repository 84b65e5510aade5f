import type { EnrichmentProvider } from '../../enrichment-provider.js';
import { providerBaseUrl } from '../../fetch/provider-base-url.js';
import { fetchJobBoard } from '../../hiring/fetch-job-board.js';
import { jobBoardTokens } from '../../hiring/job-board-link.js';
import { summarizeJobPostings, type JobPosting } from '../../hiring/summarize-job-postings.js';
import { leverPostingsResponseSchema } from './lever-api.js';
import { mapLeverPosting } from './map-lever-posting.js';

/** Settings of `createLeverProvider`. */
export interface LeverProviderSettings {
  /** Base URL. Default: `COMPOUND_LEVER_URL`, else `https://api.lever.co`. */
  baseUrl?: string;
  /** Environment to read `COMPOUND_LEVER_URL` from. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Current time, for hiring velocity. Default: `() => new Date()`. */
  now?: () => Date;
}

/**
 * Hiring signals from a company's public Lever job site (the site name comes from the `jobBoards`
 * field the website stage found): open roles, roles matching the buyer persona, and roles created in
 * the last 30 days. Free and keyless.
 * @see https://github.com/lever/postings-api
 */
export function createLeverProvider(settings: LeverProviderSettings = {}): EnrichmentProvider {
  const baseUrl = providerBaseUrl('lever', 'https://api.lever.co', settings);
  const now = settings.now ?? (() => new Date());
  return {
    id: 'lever',
    stage: 'hiring',
    subject: 'company',
    fields: ['openRoles', 'personaRoles', 'hiringVelocity'],
    cost: { perCall: 0, unit: 'credits' },
    rateLimit: { perSecond: 5, burst: 10, concurrency: 4 },
    baseUrl,
    applies: (subject, known) => subject.kind === 'company' && jobBoardTokens(known, 'lever').length > 0,
    cacheKey: (_subject, known) => `lever:${jobBoardTokens(known, 'lever').map((token) => token.toLowerCase()).join(',')}`,
    async enrich({ known, context, fetch, signal }) {
      const warnings: string[] = [];
      for (const token of jobBoardTokens(known, 'lever')) {
        const url = `${baseUrl}/v0/postings/${encodeURIComponent(token)}?mode=json`;
        const response = await fetchJobBoard(fetch, url, { provider: 'lever', ...(signal === undefined ? {} : { signal }) });
        if (!response.found) {
          warnings.push(response.warning);
          continue;
        }
        const parsed = leverPostingsResponseSchema.safeParse(response.json);
        if (!parsed.success) {
          warnings.push(`${url} did not look like a Lever postings list`);
          continue;
        }
        const postings = parsed.data.map(mapLeverPosting).filter((posting): posting is JobPosting => posting !== undefined);
        const result = summarizeJobPostings({
          provider: 'lever',
          postings,
          ...(context.personaKeywords === undefined ? {} : { personaKeywords: context.personaKeywords }),
          now: now(),
          source: url,
        });
        return { ...result, warnings: [...warnings, ...result.warnings] };
      }
      return { status: 'no-data', fields: {}, signals: [], cost: 0, warnings: warnings.length > 0 ? warnings : ['no Lever job site found for this company'] };
    },
  };
}
