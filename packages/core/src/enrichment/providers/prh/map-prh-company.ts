import type { RegistryCompany, RegistryStatus } from '../../registry-match/registry-company.js';
import type { PrhCompany } from './prh-api.js';

/** Finnish company-form descriptions (language code 1) to the suffix users write. */
const formSuffixes: ReadonlyMap<string, string> = new Map([
  ['osakeyhtiö', 'Oy'],
  ['julkinen osakeyhtiö', 'Oyj'],
  ['avoin yhtiö', 'Ay'],
  ['kommandiittiyhtiö', 'Ky'],
  ['osuuskunta', 'osk'],
  ['toiminimi', 'tmi'],
]);

/**
 * Status of a YTJ company: `deleted` when it has an `endDate`; from active `companySituations`,
 * `insolvent` for bankruptcy (`KONK`) or restructuring (`SANE`), `in-liquidation` for liquidation
 * (`SELTILA`); else `active`.
 *
 * @see https://avoindata.prh.fi/opendata-ytj-api/v3/description?code=YRTI&lang=en
 */
export function mapPrhStatus(company: PrhCompany): RegistryStatus {
  if (company.endDate) return 'deleted';
  const situations = (company.companySituations ?? []).filter((situation) => !situation.endDate).map((situation) => situation.type);
  if (situations.includes('KONK') || situations.includes('SANE')) return 'insolvent';
  if (situations.includes('SELTILA')) return 'in-liquidation';
  return 'active';
}

/**
 * Maps a YTJ v3 company to our registry vocabulary: the current registered name (type `1`, no end
 * date), the form as its usual suffix (`Osakeyhtiö` → `Oy`), the main business line (TOL 2008 code),
 * and the visiting address's city (else the postal one).
 *
 * @see https://avoindata.prh.fi/en/ytj/swagger-ui
 */
export function mapPrhCompany(company: PrhCompany, source: string): RegistryCompany | undefined {
  const registryId = company.businessId?.value;
  const names = (company.names ?? []).filter((name) => name.type === '1' && name.name);
  const current = names.find((name) => !name.endDate) ?? names[0];
  if (!registryId || !current?.name) return undefined;
  const form = (company.companyForms ?? []).find((entry) => !entry.endDate);
  const finnish = form?.descriptions?.find((entry) => entry.languageCode === '1')?.description ?? form?.descriptions?.[0]?.description;
  const legalForm = finnish ? (formSuffixes.get(finnish.toLowerCase()) ?? finnish) : undefined;
  const addresses = company.addresses ?? [];
  const address = addresses.find((entry) => entry.type === 1) ?? addresses[0];
  const city = address?.postOffices?.find((office) => office.languageCode === '1')?.city ?? address?.postOffices?.[0]?.city;
  const founded = company.registrationDate ?? company.businessId?.registrationDate;
  return {
    registryId,
    legalName: current.name,
    ...(legalForm ? { legalForm } : {}),
    ...(founded ? { foundedOn: founded } : {}),
    activityCodes: company.mainBusinessLine?.type ? [company.mainBusinessLine.type] : [],
    status: mapPrhStatus(company),
    country: 'FI',
    ...(city ? { city } : {}),
    source: `${source}?businessId=${registryId}`,
  };
}
