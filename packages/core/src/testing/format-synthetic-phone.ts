/**
 * Writes a synthetic phone number the many ways people type them.
 * @internal
 */
import type { PhonePlan } from './contact-countries.js';
import type { SeededRandom } from './seeded-random.js';

/** Splits digits into groups of three, with a final group of up to four (`1234567` → `123 4567`). */
function group(digits: string, separator: string): string {
  const parts: string[] = [];
  let rest = digits;
  while (rest.length > 4) {
    const size = rest.length === 6 ? 3 : rest.length % 2 === 0 && rest.length <= 8 ? 2 : 3;
    parts.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  parts.push(rest);
  return parts.join(separator);
}

/**
 * Formats a number given its plan, leading digits (area code or mobile prefix) and the remaining
 * digits, in a randomly chosen style: E.164, international with spaces, `00` international prefix,
 * `+49 (0)30 …`, or national. North American numbers get their usual styles (`(415) 555-0134`, `415.555.0134`, …).
 */
export function formatSyntheticPhone(random: SeededRandom, plan: PhonePlan, prefix: string, rest: string): string {
  const code = plan.countryCode;
  const style = random.next();
  if (code === '1') {
    const exchange = rest.slice(0, 3);
    const line = rest.slice(3);
    if (style < 0.2) return `+1 (${prefix}) ${exchange}-${line}`;
    if (style < 0.4) return `(${prefix}) ${exchange}-${line}`;
    if (style < 0.53) return `${prefix}-${exchange}-${line}`;
    if (style < 0.66) return `${prefix}.${exchange}.${line}`;
    if (style < 0.8) return `+1${prefix}${exchange}${line}`;
    if (style < 0.9) return `+1 ${prefix} ${exchange} ${line}`;
    if (style < 0.98) return `1-${prefix}-${exchange}-${line}`;
    return `001 ${prefix} ${exchange} ${line}`;
  }
  // Countries without a trunk prefix write the whole national number in groups (`39 30 72 63`).
  const head = plan.trunk === '' ? '' : `${prefix} `;
  const spaced = plan.trunk === '' ? group(prefix + rest, ' ') : head + group(rest, ' ');
  if (style < 0.33) return `+${code} ${spaced}`;
  if (style < 0.5) return `+${code}${prefix}${rest}`;
  if (style < 0.62) return `00${code} ${spaced}`;
  if (style < 0.7) return plan.trunk === '' ? `+${code} ${prefix}${rest}` : `+${code} (${plan.trunk})${spaced}`;
  if (style < 0.9) return `${plan.trunk}${spaced}`;
  if (style < 0.96 || code !== '49') return `${plan.trunk}${prefix}-${rest}`;
  return `${plan.trunk}${prefix}/${group(rest, ' ')}`;
}
