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

// Interest in English, German, French, Spanish, Italian and Dutch, read after accents are removed
// (`intéressé` → `interesse`): interested, interessiert, Interesse, intéressé(e), interesado/a, interessato/a.
const interest = /interested|interessiert|interesse|interesad[oa]|interessat[oa]|geinteresseerd/;
// A negation anywhere before a word of interest (`Kein Interesse`, `Pas intéressé`, `No está interesado`,
// `not interested`), or a negating prefix (`uninterested`, `desinteressiert`): never read as positive.
const noInterest = /\b(?:not|no|non|kein\w*|nicht|pas|sin|ningun\w*|nessun\w*|geen|niet|never)\b.*intere[st]|(?:un|dis|des)intere[st]/;
const outOfOffice = /out of (the )?office|\booo\b|auto.?(reply|respon)|vacation|away|abwesen|\babsent|ausente|automatische antwort|reponse automatique|respuesta automatica|fuera de (la )?oficina|urlaub|vacaciones/;

/** Lower case, accents removed (`Intéressé` → `interesse`), `-`/`_` as spaces: `out-of-office` reads as `out of office`. */
function normalizeStatus(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ')
    .trim();
}

/**
 * Reads a reply sentiment or reply status cell: `positive`/`interested`/`meeting`, `neutral`/
 * `question`/`referral`, `negative`/`not interested`/`unsubscribe`/`remove me`, `out of office`/`OOO`/
 * `auto-reply`; empty, `none`, `no reply` → `none`. Interest and absence are read in German, French
 * and Spanish too (`Interessiert`, `Kein Interesse`, `Abwesenheitsnotiz`, `Pas intéressé`, `Interesado`).
 */
export function parseReplySentiment(text: string): ParsedSentiment {
  const value = normalizeStatus(text);
  if (value === '' || no.has(value) || /^no(t)? repl/.test(value)) return 'none';
  // "not interested" must be read before "interested".
  if (outOfOffice.test(value)) return 'out-of-office';
  if (noInterest.test(value) || /negative|unsubscri|remove|stop|do not contact|no thanks|angry|wrong person/.test(value)) return 'negative';
  if (interest.test(value) || /positive|meeting|book|yes|hot|warm/.test(value)) return 'positive';
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
  const value = normalizeStatus(text);
  if (value === '') return {};
  if (/bounc/.test(value)) return { bounced: true };
  if (/unsubscri|opted? out/.test(value)) return { unsubscribed: true };
  if (/meeting|booked/.test(value)) return { meeting: true };
  if (noInterest.test(value)) return { reply: 'negative' };
  if (interest.test(value)) return { reply: 'positive' };
  if (outOfOffice.test(value)) return { reply: 'out-of-office' };
  if (/repl/.test(value)) return { reply: 'neutral' };
  return {};
}
