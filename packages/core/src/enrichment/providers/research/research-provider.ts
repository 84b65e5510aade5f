import { createHash } from 'node:crypto';
import Anthropic from '@anthropic-ai/sdk';
import { z } from 'zod';
import { ProviderCallError } from '../../../errors/index.js';
import type { EnrichedValue, EnrichmentCallOptions, EnrichmentProvider, EnrichmentResult } from '../../enrichment-provider.js';
import { providerBaseUrl } from '../../fetch/provider-base-url.js';
import type { EnrichmentProviderSettings } from '../../registry.js';
import { removeInstructionText } from '../website/remove-instruction-text.js';
import { buildResearchPrompt, maxResearchInputChars, researchSystemPrompt } from './build-research-prompt.js';
import { researchAnswerSchema } from './research-api.js';
import { researchModelPrice } from './research-prices.js';

/** Settings of the L2 deep-research stage. */
export interface ResearchProviderSettings extends EnrichmentProviderSettings {
  /** Anthropic API key. Default: `ANTHROPIC_API_KEY`; without one the stage is `not-run`. */
  apiKey?: string;
  /** Model id. Default `claude-haiku-4-5`. */
  model?: string;
  /** Output tokens asked for. Default 1,200. */
  maxOutputTokens?: number;
}

const settingsSchema = z.object({
  apiKey: z.string().min(1).optional(),
  model: z.string().min(1),
  maxOutputTokens: z.number().int().positive().max(8_000),
});

function normalized(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function notRun(reason: string): EnrichmentResult {
  return { status: 'not-run', fields: {}, signals: [], cost: 0, warnings: [`not run: ${reason}`] };
}

/** The fields research reads; without any of them there is nothing to research from. */
const sourceFields = ['websiteText', 'legalName', 'description'] as const;
const nothingToResearch = 'nothing to research from: no website text or registry record';

function toProviderError(error: unknown, url: string): unknown {
  if (!(error instanceof Anthropic.APIError)) return error;
  const status = typeof error.status === 'number' ? error.status : undefined;
  return new ProviderCallError({
    message: `Anthropic call failed${status === undefined ? '' : ` (HTTP ${status})`}: ${error.message}; check ANTHROPIC_API_KEY and COMPOUND_ANTHROPIC_URL`,
    provider: 'research',
    ...(status === undefined ? {} : { statusCode: status }),
    // 429 rate limit, 529 overloaded, 5xx and connection errors are worth another try.
    isRetryable: status === undefined || status === 429 || status >= 500,
    url,
    cause: error,
  });
}

/**
 * L2 deep research with an Anthropic model over what earlier stages found (website text from
 * triage, `known.websiteText`, and the registry record): positioning, likely competitors, strategic
 * initiatives and likely pains, as zod-validated JSON. Data is delimited and declared untrusted;
 * positioning and initiatives are kept only when their quoted evidence is ordinary page or registry
 * text (not an instruction-like sentence), so a page cannot write its own profile. Cost is priced
 * from the tokens used. Without a key: `not-run`, "not run: no model"; with nothing to read (no website text, registry record or description):
 * "not run: nothing to research from …", no call.
 *
 * Base URL: `settings.baseUrl`, else `COMPOUND_RESEARCH_URL`, else `COMPOUND_ANTHROPIC_URL`, else
 * `https://api.anthropic.com`.
 */
export function createResearchProvider(settings: ResearchProviderSettings = {}): EnrichmentProvider {
  const env = settings.env ?? process.env;
  const parsed = settingsSchema.parse({
    apiKey: settings.apiKey ?? env['ANTHROPIC_API_KEY'],
    model: settings.model ?? 'claude-haiku-4-5',
    maxOutputTokens: settings.maxOutputTokens ?? 1_200,
  });
  const anthropicUrl = providerBaseUrl('anthropic', 'https://api.anthropic.com', { env });
  const baseUrl = providerBaseUrl('research', anthropicUrl, settings);
  const price = researchModelPrice(parsed.model);
  // Upper bound: the whole text budget at ~3 characters per token, plus prompt overhead, plus the full output.
  const maxCallUsd = (maxResearchInputChars / 3 + 1_500) * price.input + parsed.maxOutputTokens * price.output;
  // Why no model can be called at all; the runner reports it as "not run", a dry run as skipped.
  const unavailable = parsed.apiKey === undefined ? 'no model' : undefined;
  const hasSource = (known: EnrichmentCallOptions['known']): boolean =>
    sourceFields.some((field) => {
      const entry = known[field];
      return field === 'websiteText' ? typeof entry?.value === 'string' && entry.value !== '' : entry !== undefined;
    });

  async function enrich(options: EnrichmentCallOptions): Promise<EnrichmentResult> {
    if (unavailable !== undefined) return notRun(unavailable);
    const { subject, known } = options;
    const websiteEntry = known['websiteText'];
    const websiteText = typeof websiteEntry?.value === 'string' ? websiteEntry.value : '';
    // Nothing reached the model: not run (not a paid call that found nothing).
    if (!hasSource(known)) return notRun(nothingToResearch);
    const cleaned = removeInstructionText(websiteText);
    const warnings: string[] = [];
    if (cleaned.removed.length > 0) warnings.push(`website text has ${cleaned.removed.length} instruction-like sentence(s); treated as data, not cited`);
    const prompt = buildResearchPrompt(subject, known, websiteText);
    // Evidence must come from ordinary data: the prompt minus instruction-like sentences.
    const citable = normalized(buildResearchPrompt(subject, known, cleaned.text));

    const client = new Anthropic({ apiKey: parsed.apiKey, baseURL: baseUrl, fetch: options.fetch, maxRetries: 0 });
    let message: Anthropic.Message;
    try {
      message = await client.messages.create(
        { model: parsed.model, max_tokens: parsed.maxOutputTokens, system: researchSystemPrompt, messages: [{ role: 'user', content: prompt }] },
        options.signal === undefined ? {} : { signal: options.signal },
      );
    } catch (error) {
      throw toProviderError(error, `${baseUrl}/v1/messages`);
    }
    const cost = message.usage.input_tokens * price.input + message.usage.output_tokens * price.output;
    const text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
    let answer: z.infer<typeof researchAnswerSchema>;
    try {
      answer = researchAnswerSchema.parse(JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)));
    } catch {
      return { status: 'no-data', fields: {}, signals: [], cost, warnings: [...warnings, 'model answer was not the JSON asked for'] };
    }

    const cited = (evidence: string): boolean => citable.includes(normalized(evidence));
    const source = `${parsed.model} over ${websiteEntry?.source ?? known['legalName']?.source ?? 'registry'}`;
    const fields: Record<string, EnrichedValue> = {};
    if (answer.positioning) {
      if (cited(answer.positioning.evidence)) fields['positioning'] = { value: answer.positioning.text, source, confidence: 0.6 };
      else warnings.push('positioning dropped: its evidence is not ordinary page or registry text');
    }
    const initiatives = (answer.strategicInitiatives ?? []).filter((initiative) => cited(initiative.evidence));
    const dropped = (answer.strategicInitiatives ?? []).length - initiatives.length;
    if (dropped > 0) warnings.push(`${dropped} strategic initiative(s) dropped: evidence not found in the data`);
    if (initiatives.length > 0) fields['strategicInitiatives'] = { value: initiatives, source, confidence: 0.6 };
    const injected = new Set(cleaned.removed.map(normalized));
    // A competitor named only inside an instruction-like sentence came from the page, not the model's knowledge.
    const competitors = (answer.competitors ?? []).filter(
      (competitor) => ![...injected].some((sentence) => sentence.includes(normalized(competitor.name))),
    );
    if (competitors.length > 0) fields['competitors'] = { value: competitors, source, confidence: 0.4 };
    if ((answer.likelyPains ?? []).length > 0) fields['likelyPains'] = { value: answer.likelyPains, source, confidence: 0.4 };
    return { status: Object.keys(fields).length > 0 ? 'ok' : 'no-data', fields, signals: [], cost, warnings };
  }

  return {
    id: 'research',
    stage: 'research',
    subject: 'company',
    fields: ['positioning', 'competitors', 'strategicInitiatives', 'likelyPains'],
    cost: { perCall: unavailable === undefined ? maxCallUsd : 0, unit: 'usd' },
    rateLimit: { perSecond: 2, burst: 4, concurrency: 4 },
    baseUrl,
    applies: (subject) => subject.kind === 'company',
    cacheKey: (subject, known) => {
      const text = known['websiteText']?.value;
      const digest = createHash('sha256').update(typeof text === 'string' ? text : '').digest('hex').slice(0, 16);
      return `${parsed.model}|${subject.domain ?? subject.key ?? subject.name ?? ''}|${digest}|${String(known['legalName']?.value ?? '')}`;
    },
    // The same order as a run's: no model first, then nothing to read.
    plan: (subject, known, expected) => {
      if (subject.kind !== 'company') return { call: false };
      if (unavailable !== undefined) return { call: false, reason: unavailable };
      if (!hasSource(known) && !sourceFields.some((field) => expected.has(field))) return { call: false, reason: nothingToResearch };
      return { call: true };
    },
    enrich,
  };
}
