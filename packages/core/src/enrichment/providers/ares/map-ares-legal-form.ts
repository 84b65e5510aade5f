/**
 * ARES legal-form codes (`pravniForma`, the ČSÚ classification) to the conventional label. Only the
 * forms a sales team meets are listed; others keep the code.
 *
 * @see https://apl.czso.cz/iSMS/cisdet.jsp?kodcis=56 (ČSÚ číselník 56, právní forma)
 */
const aresLegalForms: ReadonlyMap<string, string> = new Map([
  ['101', 'fyzická osoba podnikající'],
  ['111', 'v.o.s.'],
  ['112', 's.r.o.'],
  ['113', 'k.s.'],
  ['121', 'a.s.'],
  ['141', 'o.p.s.'],
  ['205', 'družstvo'],
  ['301', 'státní podnik'],
  ['325', 'organizační složka státu'],
  ['331', 'příspěvková organizace'],
  ['421', 'odštěpný závod zahraniční osoby'],
  ['706', 'z.s.'],
  ['801', 'obec'],
]);

/** Maps an ARES `pravniForma` code to a label (`121` → `a.s.`); unknown codes are returned as given. */
export function mapAresLegalForm(code: string): string {
  return aresLegalForms.get(code) ?? code;
}
