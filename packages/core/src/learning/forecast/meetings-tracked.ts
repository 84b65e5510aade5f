import type { SendObservation } from '../outcome-event.js';

/**
 * Whether the history records meetings at all: some send has a `meeting-booked` event. A history
 * with none cannot tell "no meetings" from "meetings not tracked" (a campaign export without a
 * meeting column), so a forecast of 0 meetings [0–0] would read as a prediction it is not.
 */
export function meetingsTracked(observations: readonly SendObservation[]): boolean {
  return observations.some((observation) => observation.meeting);
}
