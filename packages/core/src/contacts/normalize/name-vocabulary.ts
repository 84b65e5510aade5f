/**
 * Honorifics, name suffixes and surname particles, keyed by the lower-cased token without dots or
 * commas. Values are the forms written back.
 */
const honorifics: ReadonlyMap<string, string> = new Map([
  ['mr', 'Mr'],
  ['mrs', 'Mrs'],
  ['ms', 'Ms'],
  ['miss', 'Miss'],
  ['mx', 'Mx'],
  ['dr', 'Dr'],
  ['prof', 'Prof'],
  ['professor', 'Prof'],
  ['sir', 'Sir'],
  ['dame', 'Dame'],
  ['lord', 'Lord'],
  ['lady', 'Lady'],
  ['rev', 'Rev'],
  ['revd', 'Rev'],
  ['fr', 'Fr'],
  ['capt', 'Capt'],
  ['col', 'Col'],
  ['gen', 'Gen'],
  ['hon', 'Hon'],
  ['herr', 'Herr'],
  ['frau', 'Frau'],
  ['mme', 'Mme'],
  ['mlle', 'Mlle'],
  ['sra', 'Sra.'],
  ['srta', 'Srta.'],
  ['dott', 'Dott.'],
  ['dottssa', 'Dott.ssa'],
  ['sig', 'Sig.'],
  ['sigra', 'Sig.ra'],
  ['dipl-ing', 'Dipl.-Ing.'],
  ['dipling', 'Dipl.-Ing.'],
  ['dipl', 'Dipl.'],
  ['ing', 'Ing.'],
  ['mgr', 'Mgr.'],
  ['bc', 'Bc.'],
  ['judr', 'JUDr.'],
  ['mudr', 'MUDr.'],
  ['mddr', 'MDDr.'],
  ['phdr', 'PhDr.'],
  ['rndr', 'RNDr.'],
  ['paeddr', 'PaedDr.'],
  ['mvdr', 'MVDr.'],
  ['thdr', 'ThDr.'],
  ['pharmdr', 'PharmDr.'],
  ['doc', 'doc.'],
  ['arch', 'arch.'],
  ['dr-ing', 'Dr.-Ing.'],
  ['dring', 'Dr.-Ing.'],
]);

/**
 * The faculty that follows a German or Austrian doctorate (`Dr. med.`, `Dr. rer. nat.`, `Dr. h.c.`):
 * part of the title, never a first name.
 */
const doctorateQualifiers: ReadonlyMap<string, string> = new Map([
  ['med', 'med.'],
  ['dent', 'dent.'],
  ['vet', 'vet.'],
  ['rer', 'rer.'],
  ['nat', 'nat.'],
  ['pol', 'pol.'],
  ['soc', 'soc.'],
  ['oec', 'oec.'],
  ['phil', 'phil.'],
  ['jur', 'jur.'],
  ['iur', 'iur.'],
  ['theol', 'theol.'],
  ['paed', 'paed.'],
  ['hc', 'h.c.'],
  ['habil', 'habil.'],
  ['techn', 'techn.'],
  ['sc', 'sc.'],
]);

const nameSuffixes: ReadonlyMap<string, string> = new Map([
  ['jr', 'Jr.'],
  ['jnr', 'Jr.'],
  ['sr', 'Sr.'],
  ['snr', 'Sr.'],
  ['ii', 'II'],
  ['iii', 'III'],
  ['iv', 'IV'],
  ['phd', 'PhD'],
  ['md', 'MD'],
  ['mba', 'MBA'],
  ['cpa', 'CPA'],
  ['esq', 'Esq.'],
  ['jd', 'JD'],
  ['dds', 'DDS'],
  ['dmd', 'DMD'],
  ['rn', 'RN'],
  ['pe', 'PE'],
  ['pmp', 'PMP'],
  ['cfa', 'CFA'],
  ['cfp', 'CFP'],
  ['msc', 'MSc'],
  ['bsc', 'BSc'],
  ['mphil', 'MPhil'],
  ['dphil', 'DPhil'],
  ['llm', 'LL.M.'],
  ['mpa', 'MPA'],
  ['mph', 'MPH'],
  ['csc', 'CSc.'],
  ['drsc', 'DrSc.'],
  ['dis', 'DiS.'],
  ['obe', 'OBE'],
  ['mbe', 'MBE'],
  ['cbe', 'CBE'],
  ['frs', 'FRS'],
]);

/** Surname particles written in lower case inside a name: van der Berg, de la Cruz, bin Salman. */
const particles = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'delle',
  'dello',
  'dei',
  'di',
  'da',
  'das',
  'dos',
  'do',
  'du',
  'des',
  'la',
  'le',
  'ten',
  'ter',
  'te',
  'zu',
  'zum',
  'zur',
  'af',
  'av',
  'y',
  'e',
  'bin',
  'binti',
  'bint',
  'ibn',
  'al',
  'el',
]);

const dotsAndCommas = /[.,]/g;

/** The canonical honorific for a token (`dr.` → `Dr`, `ing.` → `Ing.`), or `undefined`. @internal */
export function canonicalHonorific(token: string): string | undefined {
  return honorifics.get(token.toLowerCase().replace(dotsAndCommas, ''));
}

/**
 * The canonical form of a doctorate's faculty written with its dot (`med.`, `rer.`, `h.c.`), which
 * follows `Dr` in German titles, or `undefined`. Without the dot it is a name: `Dr. Phil McGraw`.
 * @internal
 */
export function canonicalDoctorateQualifier(token: string): string | undefined {
  return token.endsWith('.') ? doctorateQualifiers.get(token.toLowerCase().replace(dotsAndCommas, '')) : undefined;
}

/**
 * Takes the honorific at the start of `tokens` off them and returns its canonical form, with the
 * faculty of a German doctorate (`Dr. med.`, `Dr. rer. nat.`); leaves at least `keep` tokens (the
 * name). Undefined, and `tokens` unchanged, when they do not start with one. @internal
 *
 * @example takeHonorific(['Dr.', 'med.', 'Hans', 'Schäfer'], 1) // 'Dr. med.' (tokens: ['Hans', 'Schäfer'])
 */
export function takeHonorific(tokens: string[], keep: number): string | undefined {
  if (tokens.length <= keep) return undefined;
  const honorific = canonicalHonorific(tokens[0] ?? '');
  if (honorific === undefined) return undefined;
  tokens.shift();
  const qualifiers: string[] = [];
  while (honorific === 'Dr' && tokens.length > keep) {
    const qualifier = canonicalDoctorateQualifier(tokens[0] ?? '');
    if (qualifier === undefined) break;
    qualifiers.push(qualifier);
    tokens.shift();
  }
  return qualifiers.length === 0 ? honorific : `Dr. ${qualifiers.join(' ')}`;
}

/** The canonical name suffix for a token (`jr` → `Jr.`, `Ph.D.` → `PhD`), or `undefined`. @internal */
export function canonicalNameSuffix(token: string): string | undefined {
  return nameSuffixes.get(token.toLowerCase().replace(dotsAndCommas, ''));
}

/** True for a surname particle such as `van`, `de`, `von`, `bin` (any case). @internal */
export function isNameParticle(token: string): boolean {
  return particles.has(token.toLowerCase());
}

/** Words that start a surname but are capitalized: St Clair, St. John, Saint-Exupéry written apart. */
const surnamePrefixes = new Set(['st', 'saint', 'ste', 'sainte']);

/** True for a capitalized word that starts a surname (`St`, `St.`, `Saint`), any case. @internal */
export function isSurnamePrefix(token: string): boolean {
  return surnamePrefixes.has(token.toLowerCase().replace(dotsAndCommas, ''));
}
