import { rechercheEntreprisesLegalFormLabels } from './recherche-entreprises-legal-form-labels.js';

/** Codes whose conventional short form is what users write after a company name. */
const shortForms: ReadonlyMap<string, string> = new Map([
  ['5710', 'SAS'],
  ['5720', 'SASU'],
  ['5202', 'SNC'],
  ['5306', 'SCS'],
  ['5308', 'SCA'],
  ['6540', 'SCI'],
  ['1000', 'EI'],
]);

/**
 * Maps an INSEE `nature_juridique` code to a legal-form label: the short form users write (`5710` →
 * `SAS`, `54xx` → `SARL`, `55xx`/`56xx` → `SA`), else the INSEE label, else the code.
 *
 * @see https://www.insee.fr/fr/information/2028129
 */
export function mapRechercheEntreprisesLegalForm(code: string): string {
  const short = shortForms.get(code);
  if (short !== undefined) return short;
  // 54xx: SARL variants (5498 is the one-member EURL); 55xx and 56xx: SA with a board or a directorate.
  if (code === '5498') return 'EURL';
  if (code.startsWith('54')) return 'SARL';
  if (code.startsWith('55') || code.startsWith('56')) return 'SA';
  return rechercheEntreprisesLegalFormLabels.get(code) ?? code;
}
