import { foldToAscii } from './fold-to-ascii.js';

const nonAlphanumeric = /[^a-z0-9]+/g;
// "to the CEO", "of the CEO", "for the CEO" after an assistant role names whom they assist.
const assistantTo = /\b(assistant|asst|secretary|aide|pa|ea)\b(.*?)\s(?:to|of|for)\s.*$/;

/**
 * A job title or department folded for keyword matching: ASCII, lower case, every run of
 * punctuation turned into one space, padded with nothing (`Co-Founder & CEO` → `co founder ceo`).
 * With `cutAssistant`, `Assistant to the CEO` becomes `assistant` so the principal's title does not
 * count as the assistant's.
 *
 * @internal
 */
export function foldTitle(title: string, cutAssistant = false): string {
  const folded = foldToAscii(title).toLowerCase().replace(nonAlphanumeric, ' ').trim();
  return cutAssistant ? folded.replace(assistantTo, '$1$2') : folded;
}
