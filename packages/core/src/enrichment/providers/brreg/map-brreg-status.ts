import type { RegistryStatus } from '../../registry-match/registry-company.js';
import type { BrregUnit } from './brreg-api.js';

/**
 * Status of a BRREG unit: `deleted` when it has a `slettedato`, `insolvent` when `konkurs`
 * (bankruptcy), `in-liquidation` when `underAvvikling` or under forced dissolution, else `active`.
 *
 * @see https://data.brreg.no/enhetsregisteret/api/dokumentasjon/no/index.html#tag/Enheter
 */
export function mapBrregStatus(unit: BrregUnit): RegistryStatus {
  if (unit.slettedato) return 'deleted';
  if (unit.konkurs === true) return 'insolvent';
  if (unit.underAvvikling === true || unit.underTvangsavviklingEllerTvangsopplosning === true) return 'in-liquidation';
  return 'active';
}
