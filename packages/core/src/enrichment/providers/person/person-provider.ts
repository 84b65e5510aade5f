import { normalizeEmail, titleToFunction, titleToSeniority } from '../../../contacts/normalize/index.js';
import type { EnrichedValue, EnrichmentCallOptions, EnrichmentProvider, EnrichmentResult } from '../../enrichment-provider.js';
import type { EnrichmentProviderSettings } from '../../registry.js';
import { checkEmailMx, type MxCheck, type ResolveMx } from './check-email-mx.js';
import { linkedinProfileSchema } from './linkedin-profile.js';

/** Settings of the person stage. */
export interface PersonProviderSettings extends EnrichmentProviderSettings {
  /**
   * MX resolver. Default: `node:dns/promises` `resolveMx`, unless offline (`offline: true` or
   * `COMPOUND_OFFLINE=1`), in which case MX checks are `not-run`.
   */
  resolveMx?: ResolveMx;
  /** Skip DNS. Default: `COMPOUND_OFFLINE === '1'`. */
  offline?: boolean;
}

async function systemResolveMx(domain: string): Promise<Array<{ exchange: string; priority: number }>> {
  const dns = await import('node:dns/promises');
  return dns.resolveMx(domain);
}

/**
 * The person stage, with no paid source: seniority and function from the job title (the LinkedIn
 * title when the extension posted a profile as `known.linkedinProfile`, else the contact's), email
 * checks (syntax, role / free-mail / disposable flags, MX via DNS when online), and the profile's
 * current title, company and location. MX lookups are memoized per domain for the provider's life.
 */
export function createPersonProvider(settings: PersonProviderSettings = {}): EnrichmentProvider {
  const env = settings.env ?? process.env;
  const offline = settings.offline ?? env['COMPOUND_OFFLINE'] === '1';
  const resolveMx = offline ? undefined : (settings.resolveMx ?? systemResolveMx);
  const mxByDomain = new Map<string, Promise<MxCheck>>();

  function mxFor(domain: string): Promise<MxCheck> {
    let check = mxByDomain.get(domain);
    if (check === undefined) {
      check = checkEmailMx(domain, resolveMx);
      mxByDomain.set(domain, check);
    }
    return check;
  }

  async function enrich(options: EnrichmentCallOptions): Promise<EnrichmentResult> {
    const { subject, known } = options;
    const fields: Record<string, EnrichedValue> = {};
    const warnings: string[] = [];
    const profileEntry = known['linkedinProfile'];
    const profile = profileEntry === undefined ? undefined : linkedinProfileSchema.safeParse(profileEntry.value);
    if (profile !== undefined && !profile.success) warnings.push('linkedinProfile ignored: not a profile object');
    const linkedin = profile?.success === true ? profile.data : undefined;
    const linkedinSource = linkedin?.url ?? subject.linkedinUrl ?? profileEntry?.source ?? 'linkedin';
    if (linkedin?.currentTitle) fields['currentTitle'] = { value: linkedin.currentTitle, source: linkedinSource, confidence: 0.9 };
    if (linkedin?.currentCompany) fields['currentCompany'] = { value: linkedin.currentCompany, source: linkedinSource, confidence: 0.9 };
    if (linkedin?.location) fields['location'] = { value: linkedin.location, source: linkedinSource, confidence: 0.8 };

    const title = linkedin?.currentTitle ?? subject.title;
    if (title) {
      const source = linkedin?.currentTitle ? linkedinSource : 'title';
      const seniority = titleToSeniority(title);
      const jobFunction = titleToFunction(title);
      // Rules over a title are a heuristic: good, not certain.
      if (seniority !== undefined) fields['seniority'] = { value: seniority, source, confidence: 0.8 };
      if (jobFunction !== undefined) fields['function'] = { value: jobFunction, source, confidence: 0.7 };
    }

    const email = subject.email === undefined ? undefined : normalizeEmail(subject.email);
    if (email !== undefined) {
      const domain = email.address.slice(email.address.lastIndexOf('@') + 1);
      const mx = email.valid ? await mxFor(domain) : ({ status: 'not-run', reason: 'invalid syntax' } as const);
      if (mx.status === 'not-run' && email.valid) warnings.push(`MX not checked for ${domain}: ${mx.reason}`);
      fields['emailCheck'] = {
        value: { address: email.address, syntax: email.valid, role: email.role, free: email.free, disposable: email.disposable, mx },
        source: mx.status === 'not-run' ? 'syntax' : `dns:mx:${domain}`,
        confidence: mx.status === 'not-run' ? 0.6 : 0.9,
      };
    }

    const status = Object.keys(fields).length > 0 ? 'ok' : 'no-data';
    return { status, fields, signals: [], cost: 0, warnings };
  }

  return {
    id: 'person',
    stage: 'person',
    subject: 'person',
    fields: ['seniority', 'function', 'emailCheck', 'currentTitle', 'currentCompany', 'location'],
    cost: { perCall: 0, unit: 'credits' },
    rateLimit: { perSecond: 50, burst: 50, concurrency: 8 },
    baseUrl: 'dns:',
    worksOffline: true,
    applies: (subject) => subject.kind === 'person',
    cacheKey: (subject, known) => {
      const profile = known['linkedinProfile'];
      // An offline answer has no MX check: keyed apart, so going online asks again instead of
      // serving the offline answer for the cache's 7 days.
      return `${offline ? 'offline|' : ''}${subject.email ?? ''}|${subject.title ?? ''}|${profile === undefined ? '' : JSON.stringify(profile.value)}`;
    },
    enrich,
  };
}
