import type { NewsItem } from './parse-news-feed.js';

/** What a news item announces. */
export type NewsKind = 'funding' | 'launch' | 'leadership-change';

/** A classified item, with what could be read from it. */
export interface ClassifiedNews {
  kind: NewsKind;
  /** Funding: round ("Seed", "Series B") and amount, when stated. */
  round?: string;
  amount?: { value: number; currency: string };
  /** Leadership: the role named ("CEO", "VP Sales"). */
  role?: string;
}

const multipliers: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };
const currencies: Record<string, string> = { $: 'USD', usd: 'USD', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP' };

function readAmount(text: string): ClassifiedNews['amount'] {
  const match = /(\$|€|£|\bUSD|\bEUR|\bGBP)\s?(\d+(?:[.,]\d+)?)\s?(k|m|mm|mn|b|bn|thousand|million|billion)\b/i.exec(text);
  if (match === null) return undefined;
  const currency = currencies[(match[1] ?? '').toLowerCase()];
  const multiplier = multipliers[(match[3] ?? '').toLowerCase()];
  if (currency === undefined || multiplier === undefined) return undefined;
  return { value: Math.round(Number((match[2] ?? '').replace(',', '.')) * multiplier), currency };
}

const fundingPattern = /\b(raises?|raised|raising|funding round|secures?\b[^.]{0,40}\b(?:funding|investment|round)|closes?\b[^.]{0,40}\b(?:round|funding)|seed round|pre-seed|series [a-f]\b|investment led by|led by \S+ (?:ventures|capital|partners))/i;
const roundPattern = /\b(pre-seed|seed|series [a-f]|growth round|bridge round)\b/i;
const leadershipPattern = /\b(appoints?|appointed|names? \S+(?: \S+)? (?:as )?(?:new )?(?:chief|ceo|cto|cfo|coo|cmo|cro|vp|head|president)|joins? (?:\S+ )?as (?:our |its |the |new )?(?:chief|ceo|cto|cfo|coo|cmo|cro|cpo|vp|vice president|head|general manager|president)|new (?:ceo|cto|cfo|coo|cmo|cro)\b|steps down|promoted to)/i;
const rolePattern = /\b(CEO|CTO|CFO|COO|CMO|CRO|CPO|Chief [A-Z]\w+ Officer|VP(?: of)? [A-Z]\w+|Vice President(?: of)? [A-Z]\w+|Head of [A-Z]\w+|General Manager|President)\b/;
const launchPattern = /\b(launch(?:es|ed|ing)?|introduc(?:es|ing|ed)|unveil(?:s|ed)?|now available|generally available|general availability|announc(?:es|ing) (?:the )?(?:new|general)|releases? (?:the )?(?:new|version|v\d))/i;

/**
 * Classifies a news item by its title (and summary for amounts): funding rounds ("raised",
 * "Series B", "seed", amounts like "$20M"), leadership announcements ("appoints", "joins as CTO"),
 * launches ("launches", "introducing", "now available"). Undefined for other news. Title words
 * decide; the summary only adds details, so a post mentioning an old round is not a new one.
 */
export function classifyNewsItem(item: NewsItem): ClassifiedNews | undefined {
  const title = item.title;
  const both = `${title}. ${item.summary ?? ''}`;
  if (fundingPattern.test(title)) {
    const classified: ClassifiedNews = { kind: 'funding' };
    const round = roundPattern.exec(title) ?? roundPattern.exec(both);
    if (round?.[1] !== undefined) classified.round = round[1].replace(/^series/i, 'Series').replace(/^seed/i, 'Seed').replace(/^pre-seed/i, 'Pre-seed');
    const amount = readAmount(title) ?? readAmount(both);
    if (amount !== undefined) classified.amount = amount;
    return classified;
  }
  if (leadershipPattern.test(title)) {
    const role = rolePattern.exec(title)?.[1];
    return role === undefined ? { kind: 'leadership-change' } : { kind: 'leadership-change', role };
  }
  if (launchPattern.test(title)) return { kind: 'launch' };
  return undefined;
}
