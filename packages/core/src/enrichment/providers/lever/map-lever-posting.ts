import type { JobPosting } from '../../hiring/summarize-job-postings.js';
import type { LeverPosting } from './lever-api.js';

/**
 * Maps a Lever posting to ours. `createdAt` is epoch milliseconds; `categories.team` is the finer
 * unit, `department` the coarser one (often a brand or business unit).
 * @see https://github.com/lever/postings-api#response-fields
 */
export function mapLeverPosting(posting: LeverPosting): JobPosting | undefined {
  const title = posting.text?.replace(/\s+/g, ' ').trim();
  if (title === undefined || title === '') return undefined;
  const mapped: JobPosting = { title };
  if (posting.hostedUrl) mapped.url = posting.hostedUrl;
  if (posting.categories?.location) mapped.location = posting.categories.location;
  const department = posting.categories?.team ?? posting.categories?.department;
  if (department) mapped.department = department;
  if (typeof posting.createdAt === 'number' && Number.isFinite(posting.createdAt)) mapped.publishedAt = new Date(posting.createdAt).toISOString();
  return mapped;
}
