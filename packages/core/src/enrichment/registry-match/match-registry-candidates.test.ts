import { describe, expect, it } from 'vitest';
import type { EnrichmentSubject } from '../enrichment-provider.js';
import { matchRegistryCandidates, nameKeySimilarity, scoreRegistryCandidates } from './match-registry-candidates.js';
import { registryApplies, registryCacheKey } from './registry-applies.js';
import type { RegistryCompany } from './registry-company.js';

const company = (registryId: string, legalName: string, extra: Partial<RegistryCompany> = {}): RegistryCompany => ({
  registryId,
  legalName,
  activityCodes: [],
  status: 'active',
  country: 'CZ',
  source: `https://registry.test/${registryId}`,
  ...extra,
});
const subject = (name: string, extra: Partial<EnrichmentSubject> = {}): EnrichmentSubject => ({ kind: 'company', id: 's', name, ...extra });

describe('registry matching', () => {
  it('name similarity: equal keys 1, near keys high, unrelated low', () => {
    expect(nameKeySimilarity('acme', 'acme')).toBe(1);
    expect(nameKeySimilarity('acme software', 'acme sofware')).toBeGreaterThan(0.85);
    expect(nameKeySimilarity('acme', 'zeta holding')).toBeLessThan(0.2);
    expect(nameKeySimilarity('', 'acme')).toBe(0);
  });

  it('an exact name with agreeing legal form matches with its score as confidence', () => {
    const result = matchRegistryCandidates(subject('Acme s.r.o.'), {}, [company('1', 'ACME s.r.o.', { legalForm: 's.r.o.' }), company('2', 'Acme Trade a.s.', { legalForm: 'a.s.' })]);
    expect(result.status).toBe('ok');
    expect(result.fields['registryId']).toEqual({ value: '1', source: 'https://registry.test/1', confidence: 0.95 });
  });

  it('a differing legal form or country lowers the score below acceptance', () => {
    const [scored] = scoreRegistryCandidates(subject('Acme s.r.o.', { country: 'CZ' }), {}, [company('1', 'Acme a.s.', { legalForm: 'a.s.', country: 'SK' })]);
    expect(scored?.score).toBe(0.5);
    expect(scored?.reasons).toEqual(['name 1.00', 'legal form differs (a.s.)', 'country differs (SK)']);
  });

  it('an active company beats a deleted namesake; two active namesakes are ambiguous', () => {
    const active = company('1', 'Acme s.r.o.');
    const deleted = company('2', 'Acme s.r.o.', { status: 'deleted' });
    expect(matchRegistryCandidates(subject('Acme s.r.o.'), {}, [deleted, active]).fields['registryId']?.value).toBe('1');
    const twin = company('3', 'Acme s.r.o.', { city: 'Brno' });
    const ambiguous = matchRegistryCandidates(subject('Acme s.r.o.'), {}, [active, twin]);
    expect(ambiguous.status).toBe('ambiguous');
    expect(ambiguous.fields['legalName']).toBeUndefined();
    expect(ambiguous.warnings[0]).toContain('Acme s.r.o. (3, Brno, 0.95)');
  });

  it('with hits left unread, a best candidate agreeing on the name alone is ambiguous; an agreeing legal form or city still matches', () => {
    const acme = company('1', 'Acme s.r.o.', { legalForm: 's.r.o.', city: 'Brno' });
    const unread = { unreadHits: 40 };
    const nameOnly = matchRegistryCandidates(subject('Acme'), {}, [acme], unread);
    expect(nameOnly.status).toBe('ambiguous');
    expect(nameOnly.warnings[0]).toBe('ambiguous registry match: the registry has 40 more hits than it returned and the best agrees on the name only: Acme s.r.o. (1, Brno, 0.90)');
    expect(matchRegistryCandidates(subject('Acme'), {}, [acme]).status).toBe('ok');
    expect(matchRegistryCandidates(subject('Acme s.r.o.'), {}, [acme], unread).status).toBe('ok');
    expect(matchRegistryCandidates(subject('Acme'), { city: { value: 'Brno', source: 'import', confidence: 1 } }, [acme], unread).status).toBe('ok');
    const [scored] = scoreRegistryCandidates(subject('Acme s.r.o.'), {}, [company('2', 'Acme a.s.', { legalForm: 'a.s.' })]);
    expect(scored?.corroborated).toBe(false);
  });

  it('nothing above the floor is no-data; no candidates is silent no-data', () => {
    expect(matchRegistryCandidates(subject('Acme'), {}, [company('1', 'Zeta Holding')])).toMatchObject({ status: 'no-data', warnings: ['no registry candidate scored 0.5 or more'] });
    expect(matchRegistryCandidates(subject('Acme'), {}, [])).toMatchObject({ status: 'no-data', warnings: [] });
  });

  it('applies by country first, else by legal form (a.s. is Czech, AS Norwegian)', () => {
    const cz = { country: 'CZ', legalForms: ['s.r.o.', 'a.s.'] };
    expect(registryApplies(cz, subject('Acme a.s.'))).toBe(true);
    expect(registryApplies(cz, subject('Acme AS'))).toBe(false);
    expect(registryApplies(cz, subject('Acme', { country: 'cz' }))).toBe(true);
    expect(registryApplies(cz, { kind: 'person', id: 'p', country: 'CZ' })).toBe(false);
    expect(registryCacheKey(subject('Acme s.r.o.', { country: 'CZ' }), undefined)).toBe('name:acme|CZ|');
    expect(registryCacheKey(subject('Acme'), '12345678')).toBe('id:12345678');
  });
});
