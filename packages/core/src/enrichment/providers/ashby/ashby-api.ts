import { z } from 'zod';

/**
 * One job of Ashby's public job postings API (lenient: only the fields we read).
 * @see https://developers.ashbyhq.com/docs/public-job-posting-api
 */
export const ashbyJobSchema = z.object({
  id: z.string().nullish(),
  title: z.string().nullish(),
  department: z.string().nullish(),
  team: z.string().nullish(),
  location: z.string().nullish(),
  publishedAt: z.string().nullish(),
  isListed: z.boolean().nullish(),
  jobUrl: z.string().nullish(),
});

/** `GET /posting-api/job-board/{JOB_BOARD_NAME}`. */
export const ashbyJobBoardResponseSchema = z.object({
  jobs: z.array(ashbyJobSchema),
});

/** One Ashby job as received. */
export type AshbyJob = z.infer<typeof ashbyJobSchema>;
