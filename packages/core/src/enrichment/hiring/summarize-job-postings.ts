import type { EnrichmentResult, EnrichmentSignal } from '../enrichment-provider.js';
import { matchPersonaTitle } from './match-persona-title.js';

/** One open role, in our vocabulary (each vendor maps its wire format to it). */
export interface JobPosting {
  title: string;
  url?: string;
  location?: string;
  department?: string;
  /** When the role was first published (ISO 8601), when the board says. */
  publishedAt?: string;
}

/** A posting that matched the playbook's buyer persona (the `personaRoles` field holds these). */
export interface PersonaRole extends JobPosting {
  /** The persona keyword it matched. */
  keyword: string;
}

/** Input of `summarizeJobPostings`. */
export interface SummarizeJobPostingsInput {
  /** Provider id, named in signals. */
  provider: string;
  postings: readonly JobPosting[];
  /** Open roles the board reports in total, when it reports more than it lists. Default: `postings.length`. */
  totalOpen?: number;
  /** Buyer persona keywords (from the playbook). */
  personaKeywords?: readonly string[];
  /** Current time. */
  now: Date;
  /** URL the postings came from (provenance). */
  source: string;
  /** Window of `hiringVelocity`, in days. Default 30. */
  velocityWindowDays?: number;
}

// One signal per matching role, at most this many (a board with hundreds of matches says "hiring" well enough).
const maxPersonaSignals = 20;
const day = 24 * 60 * 60 * 1000;

/**
 * Turns a board's open roles into hiring fields: `openRoles` (count), `hiringVelocity` (roles first
 * published in the last 30 days, when the board gives publish dates), `personaRoles` (roles matching
 * the persona keywords) and a `hiring-for-persona` signal per matching role.
 */
export function summarizeJobPostings(input: SummarizeJobPostingsInput): EnrichmentResult {
  const { postings, source, now } = input;
  const windowDays = input.velocityWindowDays ?? 30;
  const warnings: string[] = [];
  const fields: EnrichmentResult['fields'] = {
    openRoles: { value: Math.max(input.totalOpen ?? 0, postings.length), source, confidence: 0.95 },
  };
  const dated = postings.filter((posting) => posting.publishedAt !== undefined && !Number.isNaN(Date.parse(posting.publishedAt)));
  if (dated.length > 0) {
    const since = now.getTime() - windowDays * day;
    const recent = dated.filter((posting) => Date.parse(posting.publishedAt as string) >= since).length;
    // Listed roles only: when the board lists fewer than it has, or some listed roles carry no date, velocity is a lower bound.
    const complete = dated.length === postings.length && (input.totalOpen ?? 0) <= postings.length;
    fields['hiringVelocity'] = { value: recent, source, confidence: complete ? 0.9 : 0.6 };
  } else if (postings.length > 0) {
    warnings.push('no publish dates on the board; hiring velocity unknown');
  }
  const signals: EnrichmentSignal[] = [];
  const keywords = input.personaKeywords ?? [];
  if (keywords.length === 0) {
    warnings.push('no buyer persona keywords in the playbook; persona roles not matched');
  } else {
    const matches: PersonaRole[] = [];
    for (const posting of postings) {
      const keyword = matchPersonaTitle(posting.title, keywords);
      if (keyword !== undefined) matches.push({ ...posting, keyword });
    }
    fields['personaRoles'] = { value: matches, source, confidence: 0.85 };
    for (const role of matches.slice(0, maxPersonaSignals)) {
      signals.push({
        type: 'hiring-for-persona',
        ...(role.publishedAt === undefined ? {} : { occurredAt: role.publishedAt }),
        text: `Hiring ${role.title}${role.location === undefined ? '' : ` (${role.location})`}`,
        source: role.url ?? source,
        data: { provider: input.provider, title: role.title, keyword: role.keyword, ...(role.department === undefined ? {} : { department: role.department }) },
      });
    }
  }
  return { status: 'ok', fields, signals, cost: 0, warnings };
}
