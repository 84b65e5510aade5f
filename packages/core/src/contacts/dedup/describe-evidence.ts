/**
 * Turns comparison levels and flags into the human-readable parts of a `MergeReason`.
 */
import type { ComparedField } from './record-comparison.js';
import { exactEmail, exactLinkedin, exactPhone } from './record-comparison.js';

/** Exact keys named by a flag set, e.g. `['email', 'linkedin']`. */
export function exactKeys(flags: number): string[] {
  const keys: string[] = [];
  if ((flags & exactEmail) !== 0) keys.push('email');
  if ((flags & exactLinkedin) !== 0) keys.push('linkedin');
  if ((flags & exactPhone) !== 0) keys.push('phone');
  return keys;
}

/**
 * Per-field evidence: `equal` for the top level, `similar k/n` for partial agreement, `different`
 * for level 0; fields missing on either side are left out.
 */
export function describeEvidence(fields: readonly ComparedField[], levels: Int8Array): Record<string, string> {
  const evidence: Record<string, string> = {};
  fields.forEach((field, f) => {
    const level = levels[f] ?? -1;
    if (level < 0) return;
    const top = field.levels - 1;
    evidence[field.name] = level === top ? 'equal' : level === 0 ? 'different' : `similar ${level}/${top}`;
  });
  return evidence;
}
