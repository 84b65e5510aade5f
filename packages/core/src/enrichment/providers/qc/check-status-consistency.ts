import type { EnrichedValue } from '../../enrichment-provider.js';
import type { QcFinding } from './qc-conflict.js';

/**
 * Compares the registry status with the insolvency register: an ongoing proceeding (`insolvency`
 * from ISIR) under a registry status other than `insolvent` is a conflict (registries update late).
 */
export function checkStatusConsistency(known: Readonly<Record<string, EnrichedValue>>): QcFinding | undefined {
  const status = known['status'];
  const insolvency = known['insolvency'];
  if (status === undefined || insolvency === undefined) return undefined;
  const record = insolvency.value;
  const ongoing = typeof record === 'object' && record !== null && 'ongoing' in record && record.ongoing === true;
  const consistent = ongoing ? status.value === 'insolvent' : status.value !== 'insolvent';
  return {
    field: 'status',
    outcome: consistent ? 'consistent' : 'conflict',
    values: [
      { value: status.value, source: status.source },
      { value: ongoing ? 'ongoing insolvency' : 'no ongoing insolvency', source: insolvency.source },
    ],
    note: consistent ? 'registry status agrees with the insolvency register' : `registry status "${String(status.value)}" but the insolvency register says ${ongoing ? 'a proceeding is ongoing' : 'none is ongoing'}`,
  };
}
