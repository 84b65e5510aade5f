function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9+#]+/)
    .filter((token) => token !== '')
    // A trailing plural `s` is dropped so "Engineers" matches "engineer" (and "sales" stays "sales").
    .map((token) => (token.length > 4 && token.endsWith('s') && !token.endsWith('ss') ? token.slice(0, -1) : token));
}

/**
 * The first persona keyword whose words all appear in a job title (any order, case and accents
 * ignored, simple plurals folded), or undefined.
 * @example matchPersonaTitle('Support Engineering Manager - Americas', ['engineering manager']) // 'engineering manager'
 */
export function matchPersonaTitle(title: string, personaKeywords: readonly string[]): string | undefined {
  const titleTokens = new Set(tokens(title));
  for (const keyword of personaKeywords) {
    const wanted = tokens(keyword);
    if (wanted.length > 0 && wanted.every((token) => titleTokens.has(token))) return keyword;
  }
  return undefined;
}
