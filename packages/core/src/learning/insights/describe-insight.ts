/**
 * Words for insights: what a group and its comparison group are called in each dimension.
 */
import type { InsightFamily } from './insight-families.js';

/** Formats a rate as a percentage: one decimal below 10%. */
export function formatPercent(value: number): string {
  const scaled = value * 100;
  return `${Math.abs(scaled) < 10 ? scaled.toFixed(1) : Math.round(scaled).toString()}%`;
}

/** Formats a rate difference in points, e.g. `+8 points`, `-1.5 points`. */
export function formatPoints(value: number, signed = true): string {
  const scaled = value * 100;
  const text = Math.abs(scaled) < 10 ? scaled.toFixed(1) : Math.round(scaled).toString();
  return `${signed && scaled >= 0 ? '+' : ''}${text}`;
}

/** Formats a count with thousands separators. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** What the level is called, what the rest of its family is called, and the verb that agrees with it. */
export function describeLevel(family: InsightFamily, level: string): { subject: string; rest: string; plural: string; verb: 'gets' | 'get' } {
  const words = describeWords(family, level);
  // An angle gets; sends and companies get (a segment's name may hold spaces: `In vp · 51–200, sends via linkedin get`).
  return { ...words, verb: family.dimension === 'angle' || family.dimension === 'segment-angle' ? 'gets' : 'get' };
}

function describeWords(family: InsightFamily, level: string): { subject: string; rest: string; plural: string } {
  const segment = family.context['segment'] ?? '';
  const signal = family.context['signal'] ?? '';
  switch (family.dimension) {
    case 'segment-angle':
      return { subject: `In ${segment}, the ${level} angle`, rest: 'other angles', plural: `angle in ${segment}` };
    case 'angle':
      return { subject: `The ${level} angle`, rest: 'other angles', plural: 'angle' };
    case 'channel':
      return { subject: `Sends via ${level}`, rest: 'other channels', plural: 'channel' };
    case 'segment-channel':
      return { subject: `In ${segment}, sends via ${level}`, rest: 'other channels', plural: `channel in ${segment}` };
    case 'send-day':
      return { subject: `Sends on ${level}`, rest: 'other days', plural: 'weekday' };
    case 'send-hour':
      return { subject: `Sends at ${level}`, rest: 'other hours', plural: 'send-hour band' };
    case 'company-size':
      return { subject: `Companies of ${level} employees`, rest: 'other sizes', plural: 'company-size band' };
    case 'signal-window':
      return { subject: `Sends ${level} after a ${signal} signal`, rest: `other ${signal} sends`, plural: `${signal} window` };
  }
}
