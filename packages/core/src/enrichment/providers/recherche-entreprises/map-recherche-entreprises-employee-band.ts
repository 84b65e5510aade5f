/**
 * INSEE headcount bands (`tranche_effectif_salarie`) as `lo-hi` / `lo+` ranges, read from the API's
 * label file (`__fixtures__/labels_tranches-effectifs.json`). `NN` (no employees in the reference
 * year) and `00` (employees during the year, none at 31/12) both mean 0.
 *
 * @see https://www.sirene.fr/sirene/public/variable/trancheEffectifsUniteLegale
 */
const bands: ReadonlyMap<string, string> = new Map([
  ['NN', '0'],
  ['00', '0'],
  ['01', '1-2'],
  ['02', '3-5'],
  ['03', '6-9'],
  ['11', '10-19'],
  ['12', '20-49'],
  ['21', '50-99'],
  ['22', '100-199'],
  ['31', '200-249'],
  ['32', '250-499'],
  ['41', '500-999'],
  ['42', '1000-1999'],
  ['51', '2000-4999'],
  ['52', '5000-9999'],
  ['53', '10000+'],
]);

/** Maps an INSEE headcount band code to an employee range (`12` → `20-49`); unknown codes give `undefined`. */
export function mapRechercheEntreprisesEmployeeBand(code: string): string | undefined {
  return bands.get(code);
}
