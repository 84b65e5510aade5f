import type { JobPosting } from '../../hiring/summarize-job-postings.js';
import type { GreenhouseJob } from './greenhouse-api.js';

/**
 * Maps a Greenhouse job to a posting. `first_published` is when the role went live; `updated_at`
 * changes on any edit, so it is not used for velocity.
 * @see https://developers.greenhouse.io/job-board.html#list-jobs
 */
export function mapGreenhouseJob(job: GreenhouseJob): JobPosting | undefined {
  const title = job.title?.replace(/\s+/g, ' ').trim();
  if (title === undefined || title === '') return undefined;
  const posting: JobPosting = { title };
  if (job.absolute_url) posting.url = job.absolute_url;
  if (job.location?.name) posting.location = job.location.name;
  const department = job.departments?.[0]?.name;
  if (department) posting.department = department;
  if (job.first_published && !Number.isNaN(Date.parse(job.first_published))) posting.publishedAt = new Date(job.first_published).toISOString();
  return posting;
}
