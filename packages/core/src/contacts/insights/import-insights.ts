import type { Playbook } from '../../playbook/playbook-schema.js';
import { candidateSegments } from './insight-segments.js';
import type { InsightContact } from './insight-segments.js';
import { fisherExactTest, logFactorials } from './fisher-exact-test.js';
import { wilsonInterval } from './wilson-interval.js';
import type { ProportionInterval } from './wilson-interval.js';

/** What an insight is about. */
export type ImportInsightKind = 'icp-concentration' | 'data-gap' | 'multi-threading' | 'free-mail' | 'icp-match-rate' | 'email-coverage';

/** The significance test behind a comparative claim. */
export interface InsightTest {
  /** e.g. `one-sided Fisher exact test, Bonferroni-corrected`. */
  method: string;
  /** Uncorrected p-value of the reported segment. */
  pValue: number;
  /** Family-wise alpha. */
  alpha: number;
  /** Segments tested (the Bonferroni divisor). */
  comparisons: number;
  /** ICP-match rate in the segment. */
  segmentRate: number;
  /** ICP-match rate in the rest of the list. */
  restRate: number;
  /** Share of ICP matches in the segment ÷ the segment's share of the list. */
  lift: number;
}

/** One finding about an imported list: a sentence with its numbers. */
export interface ImportInsight {
  kind: ImportInsightKind;
  /** Founder-readable sentence, numbers included. */
  text: string;
  /** Sample size: the denominator of `share`. */
  n: number;
  /** The numerator of `share`. */
  count: number;
  /** count / n. */
  share: number;
  /** Wilson 95% interval of `share`. */
  interval: ProportionInterval;
  /** Present on comparative claims only. */
  test?: InsightTest;
}

/** Options of {@link importInsights}. */
export interface ImportInsightsOptions {
  /** Most insights to return. Default 3. */
  maxInsights?: number;
  /** Family-wise significance level for comparative claims. Default 0.05. */
  alpha?: number;
  /** Smallest segment (and smallest rest of the list) tested. Default 20. */
  minSegmentSize?: number;
  /** Fewest ICP matches a segment needs to be reported. Default 5. */
  minSegmentMatches?: number;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A 95% interval as the text shows it after a share: `[29–39%]`. */
function bracket(interval: ProportionInterval): string {
  return `[${Math.round(interval.low * 100)}–${Math.round(interval.high * 100)}%]`;
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** The verb agreeing with a count: `1 of 3 contacts has`, `2 of 3 contacts have`. */
function verb(value: number, one: string, many: string): string {
  return value === 1 ? one : many;
}

function proportion(kind: ImportInsightKind, text: string, part: number, n: number, test?: InsightTest): ImportInsight {
  const insight: ImportInsight = { kind, text, n, count: part, share: n > 0 ? part / n : 0, interval: wilsonInterval(part, n) };
  return test ? { ...insight, test } : insight;
}

/**
 * Where ICP matches concentrate: each candidate segment's match rate is tested against the rest of
 * the list (one-sided Fisher exact test), Bonferroni-corrected over every segment tested. Only the
 * strongest significant segment is reported (ties go to the more specific segment); none when
 * nothing passes.
 */
function concentration(contacts: readonly InsightContact[], playbook: Playbook | undefined, options: Required<ImportInsightsOptions>): ImportInsight | undefined {
  const total = contacts.length;
  const matches = contacts.filter((contact) => contact.matched).length;
  if (matches < options.minSegmentMatches * 2 || total - matches < options.minSegmentSize) return undefined;
  const logFactorialTable = logFactorials(total);
  const tested = candidateSegments(contacts, playbook)
    .filter((segment) => segment.members.length >= options.minSegmentSize && total - segment.members.length >= options.minSegmentSize)
    .map((segment) => {
      const inSegment = segment.members.filter((index) => contacts[index]?.matched).length;
      const size = segment.members.length;
      const pValue = fisherExactTest({ segmentMatches: inSegment, segmentSize: size, matches, total }, logFactorialTable);
      return { segment, inSegment, size, pValue, specificity: segment.key.split('&').length };
    });
  const comparisons = tested.length;
  if (comparisons === 0) return undefined;
  const threshold = options.alpha / comparisons;
  const best = tested
    .filter((entry) => entry.inSegment >= options.minSegmentMatches && entry.pValue < threshold)
    .sort(
      (a, b) =>
        a.pValue - b.pValue || b.inSegment - a.inSegment || b.specificity - a.specificity || (a.segment.key < b.segment.key ? -1 : 1),
    )[0];
  if (!best) return undefined;
  const shareOfMatches = best.inSegment / matches;
  const shareOfList = best.size / total;
  const lift = shareOfMatches / shareOfList;
  const text =
    `${percent(shareOfMatches)} ${bracket(wilsonInterval(best.inSegment, matches))} of your ICP matches (n=${count(best.inSegment)} of ${count(matches)}) are ${best.segment.label} — ` +
    `${lift.toFixed(1)}x their share of the list (${percent(shareOfList)}, ${count(best.size)} of ${count(total)})`;
  return proportion('icp-concentration', text, best.inSegment, matches, {
    method: 'one-sided Fisher exact test, Bonferroni-corrected',
    pValue: best.pValue,
    alpha: options.alpha,
    comparisons,
    segmentRate: best.inSegment / best.size,
    restRate: (matches - best.inSegment) / (total - best.size),
    lift,
  });
}

/** Contacts without an email: the gap that blocks email outreach, and how many LinkedIn can still reach. */
function emailGap(contacts: readonly InsightContact[]): ImportInsight | undefined {
  const missing = contacts.filter((contact) => contact.record.emails.length === 0);
  // Below 5% the gap is noise for a founder deciding what to enrich.
  if (missing.length === 0 || missing.length / contacts.length < 0.05) return undefined;
  const withLinkedin = missing.filter((contact) => contact.record.linkedinUrl).length;
  const text =
    `${count(missing.length)} of ${count(contacts.length)} contacts (${percent(missing.length / contacts.length)}) ${verb(missing.length, 'has', 'have')} no email; ` +
    `${count(withLinkedin)} of them ${verb(withLinkedin, 'has', 'have')} a LinkedIn URL`;
  return proportion('data-gap', text, missing.length, contacts.length);
}

/**
 * The company a contact counts under. A company name without a key is a non-employer
 * (`Self-employed`, `Stealth`: see `normalizeContact`) and counts as no company.
 */
function companyKeyOf(contact: InsightContact): string | undefined {
  const { record, company } = contact;
  return company?.id ?? record.companyKey ?? record.domain ?? company?.domain;
}

/** Companies with several contacts: multi-threading opportunities. */
function multiThreading(contacts: readonly InsightContact[]): ImportInsight | undefined {
  const byCompany = new Map<string, InsightContact[]>();
  for (const contact of contacts) {
    const key = companyKeyOf(contact);
    if (!key) continue;
    const members = byCompany.get(key);
    if (members) members.push(contact);
    else byCompany.set(key, [contact]);
  }
  const several = [...byCompany.values()].filter((members) => members.length >= 3);
  if (several.length === 0) return undefined;
  const people = several.reduce((sum, members) => sum + members.length, 0);
  const withMatches = several.filter((members) => members.filter((contact) => contact.matched).length >= 2).length;
  const matchNote = withMatches > 0 ? `; ${count(withMatches)} of them ${verb(withMatches, 'has', 'have')} 2+ ICP matches` : '';
  const text =
    `${count(several.length)} of ${count(byCompany.size)} companies ${verb(several.length, 'has', 'have')} 3+ contacts (${count(people)} contacts in all): ` +
    `multi-threading opportunities${matchNote}`;
  return proportion('multi-threading', text, several.length, byCompany.size);
}

/** Free-mail addresses: no company domain to enrich from, and often personal inboxes. */
function freeMail(contacts: readonly InsightContact[]): ImportInsight | undefined {
  const withEmail = contacts.filter((contact) => contact.record.emails.length > 0);
  const free = withEmail.filter((contact) => contact.record.emails[0]?.free);
  // Below 10% free mail is normal for a B2B list and not worth a line.
  if (free.length === 0 || free.length / withEmail.length < 0.1) return undefined;
  const text =
    `${count(free.length)} of ${count(withEmail.length)} contacts with an email (${percent(free.length / withEmail.length)}) ` +
    `${verb(free.length, 'uses', 'use')} a free-mail address as their primary email`;
  return proportion('free-mail', text, free.length, withEmail.length);
}

function matchRate(contacts: readonly InsightContact[]): ImportInsight {
  const matches = contacts.filter((contact) => contact.matched).length;
  const text = `${count(matches)} of ${count(contacts.length)} contacts (${percent(matches / contacts.length)}) ${verb(matches, 'matches', 'match')} the ICP`;
  return proportion('icp-match-rate', text, matches, contacts.length);
}

/** Without a playbook nothing is scored, so the fallback states how many contacts can be emailed. */
function emailCoverage(contacts: readonly InsightContact[]): ImportInsight {
  const withEmail = contacts.filter((contact) => contact.record.emails.length > 0).length;
  const text = `${count(withEmail)} of ${count(contacts.length)} contacts (${percent(withEmail / contacts.length)}) ${verb(withEmail, 'has', 'have')} an email address`;
  return proportion('email-coverage', text, withEmail, contacts.length);
}

/**
 * One to three insights about an imported list, computed from the data, each with its sample size,
 * share and Wilson 95% interval. Descriptive facts (email gaps, companies with 3+ contacts,
 * free-mail share) are stated with their counts; the comparative claim (where ICP matches
 * concentrate) is made only when a Bonferroni-corrected test passes. Order is fixed:
 * concentration, data gap, multi-threading, free mail; the overall match rate fills in when none
 * applies (the email coverage without a playbook, since nothing was scored). An empty list gives no insights.
 *
 * @example importInsights(scored.map(({ record, fit }) => ({ record, fit: fit.fit, matched: fit.matched })), playbook)
 */
export function importInsights(
  contacts: readonly InsightContact[],
  playbook?: Playbook,
  options: ImportInsightsOptions = {},
): ImportInsight[] {
  if (contacts.length === 0) return [];
  const settings: Required<ImportInsightsOptions> = {
    maxInsights: options.maxInsights ?? 3,
    alpha: options.alpha ?? 0.05,
    minSegmentSize: options.minSegmentSize ?? 20,
    minSegmentMatches: options.minSegmentMatches ?? 5,
  };
  const insights = [concentration(contacts, playbook, settings), emailGap(contacts), multiThreading(contacts), freeMail(contacts)].filter(
    (insight): insight is ImportInsight => insight !== undefined,
  );
  if (insights.length === 0) insights.push(playbook ? matchRate(contacts) : emailCoverage(contacts));
  return insights.slice(0, Math.max(1, settings.maxInsights));
}
