import { describe, expect, it } from 'vitest';
import type { EnrichmentSubject } from '../../enrichment-provider.js';
import type { MxRecord } from './check-email-mx.js';
import { createPersonProvider } from './person-provider.js';

const person = (extra: Partial<EnrichmentSubject>): EnrichmentSubject => ({ kind: 'person', id: 'p1', ...extra });
const noFetch: typeof fetch = () => Promise.reject(new Error('the person stage makes no HTTP call'));

function dnsError(code: string): Error {
  return Object.assign(new Error(code), { code });
}

function fakeDns(records: Record<string, MxRecord[] | string>) {
  const asked: string[] = [];
  const resolveMx = async (domain: string): Promise<MxRecord[]> => {
    asked.push(domain);
    const answer = records[domain];
    if (answer === undefined) throw dnsError('ENOTFOUND');
    if (typeof answer === 'string') throw dnsError(answer);
    return answer;
  };
  return { asked, resolveMx };
}

describe('person provider', () => {
  it('derives seniority and function from the title and checks the email with MX', async () => {
    const dns = fakeDns({ 'acme.cz': [{ exchange: 'mx2.acme.cz', priority: 20 }, { exchange: 'mx1.acme.cz', priority: 10 }] });
    const provider = createPersonProvider({ resolveMx: dns.resolveMx, env: {} });
    const result = await provider.enrich({ subject: person({ title: 'VP of Sales', email: 'Jana.Novak@ACME.cz' }), known: {}, context: {}, fetch: noFetch });
    expect(result.status).toBe('ok');
    expect(result.fields['seniority']?.value).toBe('vp');
    expect(result.fields['function']?.value).toBe('sales');
    expect(result.fields['emailCheck']?.value).toEqual({
      address: 'jana.novak@acme.cz',
      syntax: true,
      role: false,
      free: false,
      disposable: false,
      mx: { status: 'found', hosts: ['mx1.acme.cz', 'mx2.acme.cz'] },
    });
    expect(dns.asked).toEqual(['acme.cz']);
  });

  it('flags role, free and disposable mailboxes; a domain without MX is none; DNS failures are not-run', async () => {
    const dns = fakeDns({ 'gmail.com': [{ exchange: 'gmail-smtp-in.l.google.com', priority: 5 }], 'slow.example': 'ETIMEOUT', 'nomail.example': [{ exchange: '.', priority: 0 }] });
    const provider = createPersonProvider({ resolveMx: dns.resolveMx, env: {} });
    const check = async (email: string) =>
      (await provider.enrich({ subject: person({ email }), known: {}, context: {}, fetch: noFetch })).fields['emailCheck']?.value as Record<string, unknown>;
    expect(await check('info@gmail.com')).toMatchObject({ role: true, free: true });
    expect(await check('x@mailinator.com')).toMatchObject({ disposable: true, mx: { status: 'none' } });
    expect(await check('a@nomail.example')).toMatchObject({ mx: { status: 'none' } });
    const slow = await provider.enrich({ subject: person({ email: 'a@slow.example' }), known: {}, context: {}, fetch: noFetch });
    expect(slow.fields['emailCheck']?.value).toMatchObject({ mx: { status: 'not-run' } });
    expect(slow.warnings[0]).toMatch(/MX not checked/);
    expect(await check('not an email')).toMatchObject({ syntax: false, mx: { status: 'not-run', reason: 'invalid syntax' } });
  });

  it('offline: MX is not-run and DNS is never asked', async () => {
    const dns = fakeDns({});
    const provider = createPersonProvider({ resolveMx: dns.resolveMx, env: { COMPOUND_OFFLINE: '1' } });
    const result = await provider.enrich({ subject: person({ email: 'jana@acme.cz' }), known: {}, context: {}, fetch: noFetch });
    expect(result.fields['emailCheck']?.value).toMatchObject({ syntax: true, mx: { status: 'not-run', reason: 'offline' } });
    expect(dns.asked).toEqual([]);
  });

  it('uses a LinkedIn profile posted by the extension, and its title wins', async () => {
    const provider = createPersonProvider({ offline: true, env: {} });
    const result = await provider.enrich({
      subject: person({ title: 'Sales Manager' }),
      known: {
        linkedinProfile: {
          value: { url: 'https://www.linkedin.com/in/jana', currentTitle: 'Chief Revenue Officer', currentCompany: 'Acme', location: 'Prague' },
          source: 'extension',
          confidence: 0.9,
        },
      },
      context: {},
      fetch: noFetch,
    });
    expect(result.fields['seniority']).toEqual({ value: 'c-level', source: 'https://www.linkedin.com/in/jana', confidence: 0.8 });
    expect(result.fields['currentCompany']?.value).toBe('Acme');
    expect(result.fields['location']?.value).toBe('Prague');
  });

  it('nothing to work on is no-data; a malformed profile is a warning', async () => {
    const provider = createPersonProvider({ offline: true, env: {} });
    expect((await provider.enrich({ subject: person({}), known: {}, context: {}, fetch: noFetch })).status).toBe('no-data');
    const result = await provider.enrich({ subject: person({}), known: { linkedinProfile: { value: 'garbage', source: 'x', confidence: 1 } }, context: {}, fetch: noFetch });
    expect(result.warnings).toEqual(['linkedinProfile ignored: not a profile object']);
  });
});
