// A trailing plural `s` is dropped so "Engineers" matches "engineer" (both sides fold "Sales" to "sale").
function singular(token: string): string {
  return token.length > 4 && token.endsWith('s') && !token.endsWith('ss') ? token.slice(0, -1) : token;
}

/** The words of a text, each as its hyphen-joined parts (`Back-end` → [back, end]); case, accents and plurals folded. */
function words(text: string): string[][] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9+#-]+/)
    .map((word) => word.split('-').filter((part) => part !== '').map(singular))
    .filter((parts) => parts.length > 0);
}

/** A hyphenated word both as its parts and spelled together, so "Back-end" also reads as "backend". */
function titleTokens(title: string): Set<string> {
  const tokens = new Set<string>();
  for (const parts of words(title)) {
    for (const part of parts) tokens.add(part);
    if (parts.length > 1) tokens.add(singular(parts.join('')));
  }
  return tokens;
}

/**
 * The first persona keyword whose words all appear in a job title (any order, case and accents
 * ignored, simple plurals folded, a hyphenated word matching its parts or its spelled-together form:
 * "Back-end Engineer" matches "backend engineer" and "back end engineer"), or undefined.
 * @example matchPersonaTitle('Support Engineering Manager - Americas', ['engineering manager']) // 'engineering manager'
 */
export function matchPersonaTitle(title: string, personaKeywords: readonly string[]): string | undefined {
  const tokens = titleTokens(title);
  for (const keyword of personaKeywords) {
    const wanted = words(keyword);
    const found = (parts: string[]): boolean => tokens.has(singular(parts.join(''))) || parts.every((part) => tokens.has(part));
    if (wanted.length > 0 && wanted.every(found)) return keyword;
  }
  return undefined;
}
