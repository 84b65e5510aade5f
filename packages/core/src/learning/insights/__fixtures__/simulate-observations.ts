/**
 * Seeded synthetic send observations for tests and benches: segments × angles × channels with
 * configurable true rates, spread over weekdays, hours, company sizes and signal windows.
 */
import type { SendObservation } from '../../outcome-event.js';
import { seededUniform } from '../../stats/seeded-uniform.js';

/** Settings of {@link simulateObservations}. */
export interface SimulateObservationsOptions {
  sends: number;
  seed: number;
  segments?: readonly string[];
  angles?: readonly string[];
  channels?: readonly string[];
  /** True positive-reply rate of a send (default: 4% everywhere, a null market). */
  rate?: (send: { segment: string; angle: string; channel: string; companySize: number; daysSinceSignal: number }) => number;
  /** Share of positive replies that become meetings (default 0.2). */
  meetingShare?: number;
  /** First send day (default 2024-01-01). */
  start?: string;
  /** Sends per day (default 200). */
  perDay?: number;
}

/** Generates observations; equal options give equal output. */
export function simulateObservations(options: SimulateObservationsOptions): SendObservation[] {
  const {
    sends,
    seed,
    segments = ['SaaS', 'Fintech', 'Healthcare', 'Retail', 'Logistics'],
    angles = ['roi', 'pain', 'social-proof', 'curiosity'],
    channels = ['email', 'linkedin'],
    rate = () => 0.04,
    meetingShare = 0.2,
    start = '2024-01-01',
    perDay = 200,
  } = options;
  const random = seededUniform(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const startTime = Date.parse(`${start}T00:00:00Z`);
  const observations: SendObservation[] = [];
  for (let index = 0; index < sends; index++) {
    const segment = pick(segments);
    const angle = pick(angles);
    const channel = pick(channels);
    const companySize = Math.floor(Math.exp(1 + random() * Math.log(20_000)));
    const daysSinceSignal = Math.floor(random() * 60);
    const p = rate({ segment, angle, channel, companySize, daysSinceSignal });
    const positiveReply = random() < p;
    const replied = positiveReply || random() < p / 2;
    const day = Math.floor(index / perDay);
    const hour = 7 + Math.floor(random() * 11);
    const sentAt = new Date(startTime + day * 86_400_000 + hour * 3_600_000).toISOString();
    observations.push({
      messageId: `m${index}`,
      segment,
      angle,
      channel,
      sentAt,
      replied,
      positiveReply,
      meeting: positiveReply && random() < meetingShare,
      bounced: false,
      unsubscribed: false,
      features: { companySize, signal: 'job-change', daysSinceSignal },
    });
  }
  return observations;
}
