import type { ReplySentiment } from '../outcome-event.js';
import { parseHistoryDate } from './parse-history-date.js';

// Tools also write the outcome itself into its column ("replied" under Replied).
const yes = new Set(['yes', 'y', 'true', 't', 'x', '✓', '✔', 'oui', 'ja', 'si', 'sí', 'opened', 'clicked', 'replied', 'booked', 'bounced', 'unsubscribed']);
const no = new Set(['no', 'n', 'false', 'f', '-', '—', 'none', 'non', 'nein', 'n/a', 'na']);

/**
 * Reads an outcome cell (opened, clicked, replied, bounced, ...) as exports write it: yes/no words,
 * a count (`emailsOpened: 2`), or the date it happened. An empty cell means it did not happen.
 * @returns true or false, or undefined when the cell says neither.
 */
export function parseOutcomeFlag(text: string): boolean | undefined {
  const value = text.trim().toLowerCase();
  if (value === '') return false;
  if (yes.has(value)) return true;
  if (no.has(value)) return false;
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value) > 0;
  return parseHistoryDate(value) === undefined ? undefined : true;
}

/** A reply sentiment, `none` when the cell says there was no reply, undefined when unrecognized. */
export type ParsedSentiment = ReplySentiment | 'none' | undefined;

/**
 * Reads a reply sentiment or reply status cell: `positive`/`interested`/`meeting`, `neutral`/
 * `question`/`referral`, `negative`/`not interested`/`unsubscribe`/`remove me`, `out of office`/`OOO`/
 * `auto-reply`; empty, `none`, `no reply` → `none`.
 */
export function parseReplySentiment(text: string): ParsedSentiment {
  // `out-of-office` and `not-interested` read as their spaced forms.
  const value = text.toLowerCase().replace(/[-_\s]+/g, ' ').trim();
  if (value === '' || no.has(value) || /^no(t)? repl/.test(value)) return 'none';
  // "not interested" must be read before "interested".
  if (/out of (the )?office|\booo\b|auto.?(reply|respon)|vacation|away/.test(value)) return 'out-of-office';
  if (/not interested|negative|unsubscri|remove|stop|do not contact|no thanks|angry|wrong person/.test(value)) return 'negative';
  if (/positive|interested|meeting|book|yes|hot|warm/.test(value)) return 'positive';
  if (/neutral|question|referr|later|info|other|maybe|replied/.test(value)) return 'neutral';
  return undefined;
}

/** What a lead status says happened. */
export interface LeadStatusOutcome {
  reply?: ReplySentiment;
  meeting?: boolean;
  bounced?: boolean;
  unsubscribed?: boolean;
}

/**
 * Reads a lead status column (lemlist `leadStatus`: `Email bounced`, `Unsubscribed from email`,
 * `Interested`, `Not interested`, `Replied`, ...). Statuses that say nothing of the outcome
 * (`In sequence`, `Contacted`, `Done`) give an empty result.
 */
export function parseLeadStatus(text: string): LeadStatusOutcome {
  const value = text.toLowerCase().replace(/[-_\s]+/g, ' ').trim();
  if (value === '') return {};
  if (/bounc/.test(value)) return { bounced: true };
  if (/unsubscri|opted? out/.test(value)) return { unsubscribed: true };
  if (/meeting|booked/.test(value)) return { meeting: true };
  if (/not interested/.test(value)) return { reply: 'negative' };
  if (/interested/.test(value)) return { reply: 'positive' };
  if (/out of office|\booo\b/.test(value)) return { reply: 'out-of-office' };
  if (/repl/.test(value)) return { reply: 'neutral' };
  return {};
}
