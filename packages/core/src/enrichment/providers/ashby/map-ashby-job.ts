import type { JobPosting } from '../../hiring/summarize-job-postings.js';
import type { AshbyJob } from './ashby-api.js';

/**
 * Maps an Ashby job to ours; unlisted jobs (`isListed: false`, reachable only by direct link) are
 * not open roles on the board and are dropped.
 * @see https://developers.ashbyhq.com/docs/public-job-posting-api
 */
export function mapAshbyJob(job: AshbyJob): JobPosting | undefined {
  const title = job.title?.replace(/\s+/g, ' ').trim();
  if (title === undefined || title === '' || job.isListed === false) return undefined;
  const mapped: JobPosting = { title };
  if (job.jobUrl) mapped.url = job.jobUrl;
  if (job.location) mapped.location = job.location;
  const department = job.department ?? job.team;
  if (department) mapped.department = department;
  if (job.publishedAt && !Number.isNaN(Date.parse(job.publishedAt))) mapped.publishedAt = new Date(job.publishedAt).toISOString();
  return mapped;
}
