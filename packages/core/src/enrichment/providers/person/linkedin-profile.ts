import { z } from 'zod';

/**
 * LinkedIn profile data the browser extension posts as `known.linkedinProfile` (the extension comes
 * later; this is the shape it will send). Lenient: unknown keys are ignored.
 */
export const linkedinProfileSchema = z.object({
  /** Canonical profile URL. */
  url: z.string().nullish(),
  fullName: z.string().nullish(),
  headline: z.string().nullish(),
  /** Title of the current position. */
  currentTitle: z.string().nullish(),
  currentCompany: z.string().nullish(),
  location: z.string().nullish(),
  /** When the page was captured (ISO 8601). */
  capturedAt: z.string().nullish(),
});

/** A captured LinkedIn profile. */
export type LinkedinProfile = z.infer<typeof linkedinProfileSchema>;
