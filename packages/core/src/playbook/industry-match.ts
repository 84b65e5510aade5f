import { boundedMemo } from '../contacts/normalize/bounded-memo.js';
import { tokenizeText } from './tokenize-text.js';

/**
 * Sector taxonomy for fuzzy industry matching. Each sector lists phrases that identify it (matched as
 * whole words, so "Computer Software" is in `software`), and related sectors that earn a partial
 * match. The phrases follow the industry labels of LinkedIn, Apollo and HubSpot exports.
 */
const sectors: Record<string, { phrases: readonly string[]; related?: readonly string[] }> = {
  software: { phrases: ['software', 'saas', 'cloud', 'b2b software', 'enterprise software', 'developer tools', 'devtools'], related: ['it', 'internet', 'data', 'security', 'martech'] },
  fintech: {
    phrases: ['fintech', 'financial technology', 'financial services', 'payments', 'payment', 'banking', 'neobank', 'lending', 'wealthtech', 'insurtech', 'capital markets'],
    related: ['insurance', 'software'],
  },
  it: { phrases: ['information technology', 'it services', 'it consulting', 'managed services', 'technology'], related: ['software', 'internet'] },
  internet: { phrases: ['internet', 'online platform', 'marketplace', 'digital platform'], related: ['software', 'it'] },
  data: { phrases: ['artificial intelligence', 'ai', 'machine learning', 'analytics', 'data', 'big data'], related: ['software'] },
  security: { phrases: ['cybersecurity', 'computer and network security', 'network security', 'information security'], related: ['software', 'it'] },
  martech: { phrases: ['martech', 'marketing technology', 'adtech', 'marketing and advertising', 'advertising'], related: ['software'] },
  insurance: { phrases: ['insurance'], related: ['fintech'] },
  retail: { phrases: ['retail', 'e commerce', 'ecommerce', 'consumer goods', 'apparel', 'fashion', 'supermarkets'] },
  manufacturing: { phrases: ['manufacturing', 'industrial', 'machinery', 'automotive', 'electrical', 'mechanical or industrial engineering', 'chemicals'] },
  healthcare: { phrases: ['healthcare', 'health care', 'hospital', 'medical', 'pharmaceuticals', 'biotechnology', 'biotech', 'health', 'wellness'] },
  education: { phrases: ['education', 'edtech', 'e learning', 'higher education'] },
  telecom: { phrases: ['telecommunications', 'telecom', 'wireless'] },
  consulting: { phrases: ['management consulting', 'consulting', 'professional services'] },
  media: { phrases: ['media', 'publishing', 'entertainment', 'broadcast media'] },
  logistics: { phrases: ['logistics', 'transportation', 'supply chain', 'shipping'] },
  realEstate: { phrases: ['real estate', 'proptech', 'construction'] },
  energy: { phrases: ['energy', 'oil and energy', 'renewables', 'utilities'] },
  hospitality: { phrases: ['hospitality', 'travel', 'restaurants', 'leisure'] },
  public: { phrases: ['government', 'public sector', 'non profit', 'nonprofit'] },
};

const sectorPhrases = Object.entries(sectors).map(([sector, entry]) => ({
  sector,
  phrases: entry.phrases.map((phrase) => tokenizeText(phrase)),
}));

/** True when `needle` occurs as a contiguous run of whole words in `haystack`. */
export function containsTokens(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) {
      if (haystack[start + offset] !== needle[offset]) continue outer;
    }
    return true;
  }
  return false;
}

function sectorsOf(tokens: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const { sector, phrases } of sectorPhrases) {
    if (phrases.some((phrase) => containsTokens(tokens, phrase))) found.add(sector);
  }
  return found;
}

/** How well an industry label matches an ICP industry term. */
export type IndustryMatch = 'match' | 'related' | 'none';

/**
 * Fuzzy, case-insensitive industry match: same words, one label's words inside the other's
 * ("Computer Software" ~ "software"), or a shared sector ("SaaS" ~ "software", "Financial Services"
 * ~ "fintech") give `match`; related sectors ("IT Services" ~ "software") give `related`.
 */
export function industryMatch(industry: string, term: string): IndustryMatch {
  return memoizedMatch(`${industry}\u0000${term}`);
}

// Scoring 100k contacts asks about the same few hundred (industry, term) pairs over and over.
const memoizedMatch = boundedMemo((key: string): IndustryMatch => {
  const split = key.indexOf('\u0000');
  return computeIndustryMatch(key.slice(0, split), key.slice(split + 1));
});

function computeIndustryMatch(industry: string, term: string): IndustryMatch {
  const industryTokens = tokenizeText(industry);
  const termTokens = tokenizeText(term);
  if (containsTokens(industryTokens, termTokens) || containsTokens(termTokens, industryTokens)) return 'match';
  const industrySectors = sectorsOf(industryTokens);
  const termSectors = sectorsOf(termTokens);
  for (const sector of industrySectors) if (termSectors.has(sector)) return 'match';
  for (const sector of termSectors) {
    for (const related of sectors[sector]?.related ?? []) if (industrySectors.has(related)) return 'related';
  }
  return 'none';
}
