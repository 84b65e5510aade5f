/**
 * Role abbreviations and the titles they stand for. The two-letter ones that are also words (`em`
 * is Portuguese for "in", `se` Swedish, Spanish and French, `md` a doctor's post-nominal) count only
 * in capitals: `Especialista em Vendas` is no engineering manager.
 */
const abbreviations: readonly (readonly [RegExp, string])[] = [
  // PMM before PM, TPM before PM: whole words only, so `Mapmaker` and `PMO` are untouched.
  [/(?<![\p{L}\p{N}])pmm(?![\p{L}\p{N}])/giu, 'product marketing manager'],
  [/(?<![\p{L}\p{N}])tpm(?![\p{L}\p{N}])/giu, 'technical program manager'],
  [/(?<![\p{L}\p{N}])pm(?![\p{L}\p{N}])/giu, 'product manager'],
  [/(?<![\p{L}\p{N}])csm(?![\p{L}\p{N}])/giu, 'customer success manager'],
  [/(?<![\p{L}\p{N}])EM(?![\p{L}\p{N}])/gu, 'engineering manager'],
];
const salesEngineer = /(?<![\p{L}\p{N}])SE(?![\p{L}\p{N}])/gu;
// `SE II`, `Software SE`: a software engineer's level, not a sales engineer.
const softwareEngineer = /\bSE\s*(?:I{1,3}|IV|V|[1-5])\b|\b(?:software|developer|development|backend|frontend|platform)\b/i;
const managingDirector = /(?<![\p{L}\p{N}])MD(?![\p{L}\p{N}])/gu;
// A medical title's `MD` is the doctor's degree (`Physician, MD`), not a managing director.
const medical = /\b(?:physician|doctor|medical|medicine|surgeon|surgery|clinic|clinical|clinician|hospital|nurse|psychiatrist|pediatrician|paediatrician|radiologist|cardiologist|oncologist|dermatologist|anesthesiologist|anaesthetist|pathologist|neurologist|resident|practitioner|health)\b/i;
// Most titles hold none of them: one scan before the replacements.
const cheapCheck = /[pP][mM]|[cC][sS][mM]|EM|SE|MD/;

/**
 * Writes out the role abbreviations of a job title so that the function and seniority rules read
 * them as the titles they stand for: `PM` → product manager, `TPM` → technical program manager,
 * `PMM` → product marketing manager, `CSM` → customer success manager, `EM` → engineering manager,
 * `SE` → sales engineer (software engineer beside a level, `SE II`, or a software word), `MD` → managing director (a company's chief in British and German usage, as
 * buyers mean it: c-level; not in a medical title). Whole words only (`Mapmaker`, `PMO` stay), and
 * `EM`, `SE` and `MD` only in capitals, since in lower case they are words of other languages. The
 * abbreviations the rules know already (`AE`, `SDR`, `BDR`, `GM`, `VP`, `RevOps`, …) are left to them.
 *
 * @example expandTitleAbbreviations('Sr. PM, Payments') // 'Sr. product manager, Payments'
 * @internal
 */
export function expandTitleAbbreviations(title: string): string {
  if (!cheapCheck.test(title)) return title;
  let expanded = title;
  for (const [pattern, replacement] of abbreviations) expanded = expanded.replace(pattern, replacement);
  expanded = expanded.replace(salesEngineer, softwareEngineer.test(title) ? 'software engineer' : 'sales engineer');
  return medical.test(expanded) ? expanded : expanded.replace(managingDirector, 'managing director');
}
