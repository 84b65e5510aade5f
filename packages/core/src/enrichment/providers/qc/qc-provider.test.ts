import { describe, expect, it } from 'vitest';
import type { EnrichedValue, EnrichmentSubject } from '../../enrichment-provider.js';
import { checkSizeConsistency } from './check-size-consistency.js';
import type { QcFinding } from './qc-conflict.js';
import { createQcProvider } from './qc-provider.js';

const ares = 'https://ares.gov.cz/ekonomicke-subjekty-v-be/rest/ekonomicke-subjekty/26168685';
const value = (v: unknown, source = ares, confidence = 0.95): EnrichedValue => ({ value: v, source, confidence });
const noFetch: typeof fetch = () => Promise.reject(new Error('qc makes no call'));
const provider = createQcProvider();
const run = (subject: EnrichmentSubject, known: Record<string, EnrichedValue>) => provider.enrich({ subject, known, context: {}, fetch: noFetch });

describe('qc provider', () => {
  it('consistent sources raise confidence and report no conflict', async () => {
    const result = await run(
      { kind: 'company', id: 'c1', name: 'Seznam', domain: 'seznam.cz', country: 'CZ' },
      {
        legalName: value('Seznam.cz, a.s.'),
        registryCountry: value('CZ'),
        employeeBand: value('1000-1999'),
        sizeHint: value({ min: 1500, text: 'over 1,500 people' }, 'https://seznam.cz/about', 0.6),
        locations: value(['Praha, CZ'], 'https://seznam.cz/', 0.6),
        status: value('active'),
      },
    );
    expect(result.status).toBe('ok');
    expect(result.fields['conflicts']?.value).toEqual([]);
    const confidence = result.fields['fieldConfidence']?.value as Record<string, number>;
    expect(confidence['legalName']).toBe(0.99);
    expect(confidence['sizeHint']).toBe(0.7);
    expect(confidence['status']).toBe(0.95);
    expect(result.warnings).toEqual([]);
  });

  it('flags a different name, country and size, and lowers their confidence', async () => {
    const result = await run(
      { kind: 'company', id: 'c1', name: 'Acme Analytics', domain: 'acme.io', country: 'DE' },
      {
        legalName: value('Zeta Holding s.r.o.'),
        registryCountry: value('CZ'),
        employeeBand: value('50-99'),
        employees: value('501-1000', 'import', 1),
      },
    );
    const conflicts = result.fields['conflicts']?.value as QcFinding[];
    expect(conflicts.map((conflict) => conflict.field).sort()).toEqual(['country', 'employees', 'legalName']);
    const confidence = result.fields['fieldConfidence']?.value as Record<string, number>;
    expect(confidence['legalName']).toBe(0.48);
    expect(confidence['employees']).toBe(0.5);
    expect(result.warnings).toHaveLength(3);
    expect(result.warnings.join('\n')).toMatch(/employeeBand 50-99 vs employees 501-1000/);
  });

  it('flags an ongoing insolvency under an active registry status', async () => {
    const result = await run(
      { kind: 'company', id: 'c1', name: 'Priklad Stavby' },
      { status: value('active'), insolvency: value({ ongoing: true, proceedings: [] }, 'https://isir.test') },
    );
    expect((result.fields['conflicts']?.value as QcFinding[])[0]?.field).toBe('status');
  });

  it('nothing to compare is no-data', async () => {
    expect((await run({ kind: 'company', id: 'c1', name: 'Acme' }, {})).status).toBe('no-data');
  });

  it('size: exact counts get a 30% tolerance; open bands overlap upward', () => {
    expect(checkSizeConsistency({ employeeBand: value('50'), employees: value(60) })?.outcome).toBe('consistent');
    expect(checkSizeConsistency({ employeeBand: value('50'), employees: value(100) })?.outcome).toBe('conflict');
    expect(checkSizeConsistency({ employeeBand: value('10000+'), sizeHint: value({ min: 20000 }) })?.outcome).toBe('consistent');
    expect(checkSizeConsistency({ employeeBand: value('20-49') })).toBeUndefined();
  });
});
