/**
 * The uniform source of a tenant's Thompson draws when the caller passes none: seeded from what the
 * draws depend on, so asking twice gives the same angles until the data or the day changes.
 */
import type { SendObservation } from '../outcome-event.js';
import { seededUniform } from '../stats/seeded-uniform.js';

/**
 * A seeded uniform source from the tenant id, the UTC day of `now` and the state of the history
 * (its sends and how many of them were replied to, replied to positively, booked a meeting, bounced
 * or unsubscribed: every count the learners read). Re-running `rank` the same day on the same
 * events shows the same angles; a new send or outcome, or the next day, draws anew.
 *
 * @example
 * dailyRandom('acme', new Date('2026-11-27T10:00:00Z'), observations)(); // the same all that day
 */
export function dailyRandom(tenantId: string, now: Date, observations: readonly SendObservation[]): () => number {
  let replied = 0;
  let positive = 0;
  let meetings = 0;
  let bounced = 0;
  let unsubscribed = 0;
  for (const observation of observations) {
    replied += observation.replied ? 1 : 0;
    positive += observation.positiveReply ? 1 : 0;
    meetings += observation.meeting ? 1 : 0;
    bounced += observation.bounced ? 1 : 0;
    unsubscribed += observation.unsubscribed ? 1 : 0;
  }
  const counts = [observations.length, replied, positive, meetings, bounced, unsubscribed];
  const key = `${tenantId}\u0000${now.toISOString().slice(0, 10)}\u0000${counts.join(',')}`;
  // 32-bit FNV-1a of the key: any change to it moves the seed.
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  return seededUniform(hash >>> 0);
}
