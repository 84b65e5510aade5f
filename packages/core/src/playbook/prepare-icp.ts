import type { JobFunction, Seniority } from '../contacts/contact.js';
import type { FeatureValueMap, TitleFeature } from './contact-features.js';
import { signalSlug } from './contact-features.js';
import { countryDisplayName, geographyRegions } from './geography-regions.js';
import { containsTokens, industryMatch } from './industry-match.js';
import type { Icp, IcpDimension } from './playbook-schema.js';
import { tokenizeText } from './tokenize-text.js';
import { boundedMemo } from '../contacts/normalize/bounded-memo.js';

/** Scores one ICP dimension's known values; unknown values never reach `score`. */
export interface DimensionScorer<V> {
  readonly dimension: IcpDimension;
  readonly weight: number;
  readonly required: boolean;
  /** Score in [0, 1]; 1 is a full match. Pure and deterministic (compiled re-scoring relies on it). */
  score(value: V): number;
  /** Founder-readable reason for a known value, e.g. "VP → matches seniority VP". */
  explain(value: V, score: number): string;
  /** Reason when this required dimension fails, e.g. "hard filter: industry 'Retail' not in ICP". */
  hardFail(value: V): string;
  /** Reason when the value is unknown, e.g. "industry unknown". */
  readonly unknown: string;
}

/** An ICP with one scorer per configured dimension. */
export type PreparedIcp = { [D in IcpDimension]?: DimensionScorer<FeatureValueMap[D]> };

const seniorityRank: Record<Seniority, number> = { 'c-level': 4, vp: 3, director: 2, manager: 1, ic: 0 };
const seniorityLabel: Record<Seniority, string> = {
  'c-level': 'C-level', vp: 'VP', director: 'Director', manager: 'Manager', ic: 'individual contributor',
};

function functionLabel(value: JobFunction): string {
  if (value === 'hr' || value === 'it') return value.toUpperCase();
  return value.charAt(0).toUpperCase() + value.slice(1).replace('-', ' ');
}

function quoteList(values: readonly string[]): string {
  return values.map((value) => `'${value}'`).join(', ');
}

function formatCount(value: number): string {
  // Same digits as toLocaleString('en-US') for whole numbers, without its per-call ICU cost.
  if (Number.isSafeInteger(value)) return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value.toLocaleString('en-US');
}

function prepareIndustry(config: NonNullable<Icp['industry']>): DimensionScorer<string> {
  const excluded = boundedMemo((value: string) => config.exclude.find((term) => industryMatch(value, term) === 'match'));
  const best = boundedMemo((value: string) => {
    let found: { term: string; score: number } | undefined;
    for (const term of config.include) {
      const match = industryMatch(value, term);
      const score = match === 'match' ? 1 : match === 'related' ? 0.5 : 0;
      if (score > (found?.score ?? 0)) found = { term, score };
      if (score === 1) break;
    }
    return found;
  });
  return {
    dimension: 'industry', weight: config.weight, required: config.required, unknown: 'industry unknown',
    score: (value) => (excluded(value) ? 0 : (best(value)?.score ?? 0)),
    explain: (value) => {
      const exclusion = excluded(value);
      if (exclusion) return `${value} → excluded industry '${exclusion}'`;
      const found = best(value);
      if (!found) return `${value} → not an ICP industry (${quoteList(config.include)})`;
      return found.score === 1 ? `${value} → matches industry '${found.term}'` : `${value} → related to industry '${found.term}' (partial)`;
    },
    hardFail: (value) => `hard filter: industry '${value}' not in ICP`,
  };
}

function prepareCompanySize(config: NonNullable<Icp['companySize']>): DimensionScorer<number> {
  const { min, max } = config;
  const range =
    min !== undefined && max !== undefined ? `${formatCount(min)}–${formatCount(max)}` : min !== undefined ? `${formatCount(min)}+` : `up to ${formatCount(max ?? 0)}`;
  return {
    dimension: 'companySize', weight: config.weight, required: config.required, unknown: 'company size unknown',
    score: (employees) => {
      const ratio = min !== undefined && employees < min ? min / employees : max !== undefined && employees > max ? employees / max : 1;
      // Within a factor of 2 of the range: linear in log2 from 1 at the edge to 0 at twice (half) the edge.
      return ratio === 1 ? 1 : Math.max(0, 1 - Math.log2(ratio));
    },
    explain: (employees, score) => {
      const label = `${formatCount(employees)} employees`;
      if (score === 1) return `${label} → within ${range}`;
      return score > 0 ? `${label} → near ${range} (partial)` : `${label} → outside ${range}`;
    },
    hardFail: (employees) => `hard filter: company size ${formatCount(employees)} outside ${range}`,
  };
}

function prepareGeography(config: NonNullable<Icp['geography']>): DimensionScorer<string> {
  const countries = new Set(config.countries);
  const regionOf = (code: string) => config.regions.find((region) => (geographyRegions[region] as readonly string[]).includes(code));
  return {
    dimension: 'geography', weight: config.weight, required: config.required, unknown: 'country unknown',
    score: (code) => (countries.has(code) || regionOf(code) ? 1 : 0),
    explain: (code) => {
      const name = countryDisplayName(code);
      if (countries.has(code)) return `${name} → ICP country`;
      const region = regionOf(code);
      return region ? `${name} → in ICP region ${region}` : `${name} → outside ICP geography`;
    },
    hardFail: (code) => `hard filter: country '${countryDisplayName(code)}' not in ICP`,
  };
}

function prepareSeniority(config: NonNullable<Icp['seniority']>): DimensionScorer<Seniority> {
  const included = new Set(config.include);
  const labels = config.include.map((value) => seniorityLabel[value]).join(', ');
  const adjacent = (value: Seniority) => config.include.find((target) => Math.abs(seniorityRank[target] - seniorityRank[value]) === 1);
  return {
    dimension: 'seniority', weight: config.weight, required: config.required, unknown: 'seniority unknown',
    // One band away (a Director for a VP ICP) is a partial match: titles inflate or deflate by a band.
    score: (value) => (included.has(value) ? 1 : adjacent(value) ? 0.5 : 0),
    explain: (value, score) => {
      const label = seniorityLabel[value];
      if (score === 1) return `${label} → matches seniority ${label}`;
      const near = adjacent(value);
      return near ? `${label} → one level from seniority ${seniorityLabel[near]} (partial)` : `${label} → not ICP seniority (${labels})`;
    },
    hardFail: (value) => `hard filter: seniority '${seniorityLabel[value]}' not in ICP`,
  };
}

function prepareFunction(config: NonNullable<Icp['function']>): DimensionScorer<JobFunction> {
  const included = new Set(config.include);
  return {
    dimension: 'function', weight: config.weight, required: config.required, unknown: 'function unknown',
    score: (value) => (included.has(value) ? 1 : 0),
    explain: (value, score) =>
      score === 1 ? `${functionLabel(value)} → matches function ${functionLabel(value)}` : `${functionLabel(value)} → not an ICP function (${config.include.map(functionLabel).join(', ')})`,
    hardFail: (value) => `hard filter: function '${functionLabel(value)}' not in ICP`,
  };
}

function prepareTitleKeywords(config: NonNullable<Icp['titleKeywords']>): DimensionScorer<TitleFeature> {
  const include = config.include.map((keyword) => ({ keyword, tokens: tokenizeText(keyword) }));
  const exclude = config.exclude.map((keyword) => ({ keyword, tokens: tokenizeText(keyword) }));
  const find = (list: typeof include, title: TitleFeature) => list.find((entry) => containsTokens(title.tokens, entry.tokens))?.keyword;
  return {
    dimension: 'titleKeywords', weight: config.weight, required: config.required, unknown: 'title unknown',
    // An excluded keyword zeroes the dimension even when an included one matches ("Sales Intern").
    score: (title) => (find(exclude, title) !== undefined ? 0 : include.length === 0 || find(include, title) !== undefined ? 1 : 0),
    explain: (title) => {
      const excluded = find(exclude, title);
      if (excluded !== undefined) return `'${title.text}' → contains excluded keyword '${excluded}'`;
      const matched = find(include, title);
      if (matched !== undefined) return `'${title.text}' → matches keyword '${matched}'`;
      return include.length === 0 ? `'${title.text}' → no excluded keyword` : `'${title.text}' → no ICP keyword (${quoteList(config.include)})`;
    },
    hardFail: (title) => `hard filter: title '${title.text}' has no ICP keyword`,
  };
}

function prepareTechnologies(config: NonNullable<Icp['technologies']>): DimensionScorer<readonly string[]> {
  const include = config.include.map((name) => ({ name, tokens: tokenizeText(name) }));
  // Vocabularies repeat the same technology across many sets: decide each name once.
  const known = new Map<string, boolean>();
  const isIcpTechnology = (technology: string) => {
    let hit = known.get(technology);
    if (hit === undefined) {
      const tokens = tokenizeText(technology);
      hit = include.some((entry) => containsTokens(tokens, entry.tokens));
      known.set(technology, hit);
    }
    return hit;
  };
  const matches = (technologies: readonly string[]) => technologies.filter(isIcpTechnology);
  return {
    dimension: 'technologies', weight: config.weight, required: config.required, unknown: 'technologies unknown',
    score: (technologies) => (matches(technologies).length > 0 ? 1 : 0),
    explain: (technologies) => {
      const used = matches(technologies);
      return used.length > 0 ? `uses ${used.join(', ')} → matches ICP technologies` : `no ICP technology (uses ${technologies.slice(0, 3).join(', ')})`;
    },
    hardFail: () => 'hard filter: no ICP technology',
  };
}

/** Signal names that imply a broader ICP signal (`series-a` is a `funding` signal). */
const signalFamilies: Record<string, readonly string[]> = {
  funding: ['funded', 'raised', 'fundraise', 'fundraising', 'pre-seed', 'seed', 'series-a', 'series-b', 'series-c', 'series-d', 'series-e', 'recently-funded', 'new-funding'],
  hiring: ['is-hiring', 'recruiting', 'job-opening', 'open-role', 'headcount-growth'],
  'job-change': ['new-role', 'new-job', 'recently-promoted'],
};

function prepareSignals(config: NonNullable<Icp['signals']>): DimensionScorer<readonly string[]> {
  const include = config.include.map((name) => ({ name, slug: signalSlug(name) }));
  const implies = (signal: string, slug: string) =>
    signal === slug || signal.startsWith(`${slug}-`) || (signalFamilies[slug]?.includes(signal) ?? false);
  const matches = (signals: readonly string[]) => signals.filter((signal) => include.some((entry) => implies(signal, entry.slug)));
  return {
    dimension: 'signals', weight: config.weight, required: config.required, unknown: 'no signals known',
    score: (signals) => (matches(signals).length > 0 ? 1 : 0),
    explain: (signals) => {
      const found = matches(signals);
      return found.length > 0 ? `signal ${quoteList(found)} → matches ICP signals` : `no ICP signal (has ${quoteList(signals.slice(0, 3))})`;
    },
    hardFail: () => `hard filter: none of the signals ${quoteList(config.include)}`,
  };
}

/**
 * Builds the scorers of an ICP's configured dimensions. `fitScore` and `compileIcp` both score
 * through these, which is what keeps the two paths equal.
 */
export function prepareIcp(icp: Icp): PreparedIcp {
  const prepared: PreparedIcp = {};
  if (icp.industry) prepared.industry = prepareIndustry(icp.industry);
  if (icp.companySize) prepared.companySize = prepareCompanySize(icp.companySize);
  if (icp.geography) prepared.geography = prepareGeography(icp.geography);
  if (icp.seniority) prepared.seniority = prepareSeniority(icp.seniority);
  if (icp.function) prepared.function = prepareFunction(icp.function);
  if (icp.titleKeywords) prepared.titleKeywords = prepareTitleKeywords(icp.titleKeywords);
  if (icp.technologies) prepared.technologies = prepareTechnologies(icp.technologies);
  if (icp.signals) prepared.signals = prepareSignals(icp.signals);
  return prepared;
}
