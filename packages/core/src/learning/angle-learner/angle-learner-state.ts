/**
 * The serializable state of an angle learner and the zod schemas that validate settings and state.
 */
import { z } from 'zod';

/** @internal */
export const angleLearnerSettingsSchema = z.object({
  angles: z.array(z.string().min(1)).min(1),
  channels: z.array(z.string().min(1)).min(1).default(['email']),
  prior: z
    .object({ mean: z.number().gt(0).lt(1).default(0.05), strength: z.number().positive().default(2) })
    .default({ mean: 0.05, strength: 2 }),
  strengths: z
    .object({ angle: z.number().positive().optional(), channel: z.number().positive().optional(), segment: z.number().positive().optional() })
    .default({}),
  maxStrength: z.number().positive().optional(),
  model: z.enum(['additive', 'pooled']).default('additive'),
  spreads: z.object({ main: z.number().positive().optional(), interaction: z.number().positive().optional() }).default({}),
  explorationScale: z.number().positive().max(1).default(0.4),
  horizon: z.number().positive().optional(),
  sampling: z.enum(['joint', 'independent']).default('independent'),
  explorationFloor: z.number().min(0).max(1).default(0.05),
  credibleLevel: z.number().gt(0).lt(1).default(0.95),
  pBestDraws: z.number().int().positive().default(400),
  targetLabel: z.string().default('positive replies'),
});

/** Validated learner settings (defaults applied). */
export type AngleLearnerSettings = z.output<typeof angleLearnerSettingsSchema>;

/** @internal */
export const angleLearnerStateSchema = z.object({
  version: z.literal(1),
  settings: angleLearnerSettingsSchema,
  /** `[segment, angle, channel, successes, trials]` per cell with data (trials are fractional while sends are in their reply window). */
  cells: z.array(z.tuple([z.string(), z.string(), z.string(), z.number().int().nonnegative(), z.number().nonnegative()])),
  /** Recommendations made so far (overrides aside), the sends counted against `settings.horizon`; absent in older states. */
  recommended: z.number().int().nonnegative().optional(),
});

/** Everything needed to restore an angle learner: settings and counts. Plain JSON. */
export type AngleLearnerState = z.output<typeof angleLearnerStateSchema>;
