import { z } from 'zod';

/**
 * One posting of Lever's public Postings API (lenient: only the fields we read).
 * @see https://github.com/lever/postings-api#get-a-list-of-job-postings
 */
export const leverPostingSchema = z.object({
  id: z.string().nullish(),
  text: z.string().nullish(),
  hostedUrl: z.string().nullish(),
  createdAt: z.number().nullish(),
  categories: z
    .object({
      location: z.string().nullish(),
      department: z.string().nullish(),
      team: z.string().nullish(),
    })
    .nullish(),
});

/** `GET /v0/postings/{site}?mode=json`: a JSON array of postings. */
export const leverPostingsResponseSchema = z.array(leverPostingSchema);

/** One Lever posting as received. */
export type LeverPosting = z.infer<typeof leverPostingSchema>;
