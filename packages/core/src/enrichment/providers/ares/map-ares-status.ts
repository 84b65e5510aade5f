import type { RegistryStatus } from '../../registry-match/registry-company.js';
import type { AresSubject } from './ares-api.js';

const inLiquidation = /\bv\s+likvidaci\b/i;

/**
 * Status of an ARES subject: `deleted` when it has a `datumZaniku` or every source register says
 * `ZANIKLY`; `insolvent` when the insolvency register source (`stavZdrojeIr`) is `AKTIVNI`;
 * `in-liquidation` when the name carries the statutory "v likvidaci"; else `active`.
 *
 * @see https://ares.gov.cz/stranky/vyvojar-info (seznamRegistraci: AKTIVNI, NEAKTIVNI, ZANIKLY, NEEXISTUJICI)
 */
export function mapAresStatus(subject: AresSubject): RegistryStatus {
  if (subject.datumZaniku) return 'deleted';
  const sources = Object.values(subject.seznamRegistraci ?? {}).filter((state) => state !== 'NEEXISTUJICI');
  if (sources.length > 0 && sources.every((state) => state === 'ZANIKLY')) return 'deleted';
  if (subject.seznamRegistraci?.['stavZdrojeIr'] === 'AKTIVNI') return 'insolvent';
  if (inLiquidation.test(subject.obchodniJmeno ?? '')) return 'in-liquidation';
  return 'active';
}
