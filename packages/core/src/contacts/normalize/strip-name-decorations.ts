/** A name with its decorations removed. */
export interface StrippedName {
  /** The name text without emoji, wrapping quotes, nicknames, pronouns and trailing taglines. */
  text: string;
  /** A nickname found in parentheses or quotes: `Robert "Bob" Smith` → `Bob`. */
  nickname?: string;
}

// Emoji, skin-tone modifiers, joiners, variation selectors, keycaps and flag letters.
const emoji = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}\u200d\ufe0f\u20e3]/gu;
const parenthetical = /\s*[([]([^)\]]*)[)\]]\s*/g;
const quotedNickname = /(^|\s)["“'‘]([^"”'’]+)["”'’](?=\s|$)/g;
const wrappingQuotes = /^["'“”‘’]+|["'“”‘’]+$/g;
// "Jane Doe | Head of Sales", "Jane Doe – CEO": a tagline after a spaced bar, bullet or dash.
const tagline = /\s+[|•–—]\s.*$/;
const pronouns = /^(?:she|he|they|ze|xe)\s*\/\s*(?:her|him|them|hers|his|theirs|zir|xem)(?:\s*\/\s*\w+)?$/i;
const whitespaceRun = /\s+/g;
// Letters, marks, spaces, dots, commas, hyphens and in-word apostrophes only: nothing to strip.
const plainName = /^[\p{L}\p{M}\s.,-]*(?:\p{L}['’]\p{L}[\p{L}\p{M}\s.,-]*)*$/u;
const suffixLike = /^(?:ph\.?d\.?|m\.?d\.?|mba|cpa|jr\.?|sr\.?|esq\.?|ii|iii|iv|csc\.?)$/i;

/**
 * Removes what is not part of a person's name: emoji, wrapping quotes, a tagline after ` | ` or ` – `,
 * pronouns in parentheses, and nicknames in parentheses or quotes (kept aside in `nickname`). A
 * parenthesized suffix (`(PhD)`) is kept in the text. Whitespace is collapsed.
 *
 * @example stripNameDecorations('Robert (Bob) Smith 🚀') // { text: 'Robert Smith', nickname: 'Bob' }
 */
export function stripNameDecorations(raw: string): StrippedName {
  if (plainName.test(raw)) return { text: raw.replace(whitespaceRun, ' ').trim() };
  let nickname: string | undefined;
  let text = raw.replace(emoji, ' ').replace(tagline, '');
  if (text.includes('(') || text.includes('[')) {
    text = text.replace(parenthetical, (_match, inner: string) => {
      const content = inner.trim();
      if (suffixLike.test(content)) return ` ${content} `;
      if (content.length > 0 && !pronouns.test(content) && nickname === undefined) nickname = content;
      return ' ';
    });
  }
  text = text.replace(whitespaceRun, ' ').trim().replace(wrappingQuotes, '').trim();
  if (text.includes('"') || text.includes('“') || text.includes("'") || text.includes('‘')) {
    text = text.replace(quotedNickname, (_match, before: string, inner: string) => {
      if (nickname === undefined) nickname = inner.trim();
      return before;
    });
    text = text.replace(whitespaceRun, ' ').trim();
  }
  return nickname === undefined ? { text } : { text, nickname };
}
