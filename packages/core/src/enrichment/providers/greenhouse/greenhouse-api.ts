import { z } from 'zod';

/**
 * One job of the Greenhouse Job Board API (lenient: only the fields we read).
 * @see https://developers.greenhouse.io/job-board.html#list-jobs
 */
export const greenhouseJobSchema = z.object({
  id: z.union([z.number(), z.string()]).nullish(),
  title: z.string().nullish(),
  absolute_url: z.string().nullish(),
  location: z.object({ name: z.string().nullish() }).nullish(),
  first_published: z.string().nullish(),
  updated_at: z.string().nullish(),
  departments: z.array(z.object({ name: z.string().nullish() })).nullish(),
});

/** `GET /v1/boards/{board_token}/jobs`. */
export const greenhouseJobsResponseSchema = z.object({
  jobs: z.array(greenhouseJobSchema),
  meta: z.object({ total: z.number().nullish() }).nullish(),
});

/** One Greenhouse job as received. */
export type GreenhouseJob = z.infer<typeof greenhouseJobSchema>;
