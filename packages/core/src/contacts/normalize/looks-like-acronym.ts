/**
 * Consonant runs that start a word (`str` in street, `schw` in Schwarz), in the Latin-script
 * languages company names are mostly written in. Single consonants always do. Drawn from the
 * word-initial runs of an English word list (those starting three or more words) plus German,
 * Dutch, Polish, Czech and Scandinavian ones.
 */
const onsets = new Set(
  (
    'bl br ch chl chr cl cr dh dj dr dw fl fr gh gl gn gr kh kl kn kr ph phl phr pl pn pr ps pt rh sc sch schl schm schn schr schw ' +
    'scr sh shl shr sk sl sm sn sp sph spl spr sq st str sv sw th thr thw tr ts tw tz wh wr ' +
    'pf sz cz dz zh zw zl vl vr kv bj fj hj kj sj skj gw kw tsch sr bh dn gd ng ll mn scl rz brz prz krz grz trz'
  ).split(' '),
);

/**
 * Consonant runs that end a word (`rst` in first, `ngths` in lengths, `tsch` in Deutsch): from the
 * word-final runs of the same English list, plus German, Slavic and other ones (`cht`, `dt`, `hn` in Kuhn, `hl` in Stahl, `nsk` in Minsk).
 */
const codas = new Set(
  (
    'bs bt bts ch chs ck cks cs ct cts ds dth dths ff ffs fs ft fts gh ghs ght ghts gm gn gns gs hs ks lb lbs lch ld lds lf lfs lk lks ' +
    'll lls lm lms lp lps ls lt lth lts mb mbs mn mns mp mph mps mpt mpts ms nc nch ncs nct ncts nd nds ng ngs ngth ngths nk nks nn nns ' +
    'ns nt nth nths nts nx ph phs pp pps ps pt pts rb rbs rc rch rcs rd rds rf rfs rg rgs rk rks rl rls rm rms rn rns rnt rp rps rr rrs ' +
    'rs rst rsts rt rth rths rts rtz sc sh sk sks sm sp sps ss st sts tch th ths ts tt tts tz wd wk wks wl wls wn wns ws wth xt xts zz ' +
    'cht chts dt ndt rdt ldt sch tsch rsch nz ntz ltz lz mm bb dd gg ngst nst lst dst rld rlds hm hn hl hr hrs hns hls hms hrt lsh rsh lph ' +
    'sms gms thm thms fth fths xth xths pth pths ndth ndths ghth ghths lfth rmth wds dds bbs ggs rrh mphs lphs lc ln lns rnst pf mpf pfs ' +
    'nck rck lff rgh rx bst mt szt sz dn nsk rsk msk dz nh ngh dg sth rpt rpts lpt lpts scs wt kh khs wths nkh rchs nchs lfths wnst ghn dl rz rkt'
  ).split(' '),
);

/**
 * Words of one to three letters that company names use as words (`NEW YORK LIFE`, `RED BULL`,
 * `EL VALOR`), and short given names (`ADA`, `IDA`): in an ALL-CAPS name these are re-cased, while
 * any other short word (`SAP`, `ING`, `AXA`, `ABB`) is taken for an acronym and kept.
 */
const shortWords = new Set(
  (
    // English
    'new red day our all age big top one two six ten art air oil gas car bay sun sky sea way law key box fox dog bee joy fun kid ' +
    'man men old tea bar inn pet lab hub web net app pro bio eco med fit go up get pay buy job cup fly hop wee god are is ' +
    'you my ice eye toy jam pie gym spa zen ray blu hot run win end far own now how why who see yes no on by as or if be we me he ' +
    'she his her its out off few any new mix pop tap cap map hat bag bed pen ink tin gem ore ash elm oak ivy owl ant elk cow pig ' +
    'hen egg pan pot rug mat van bus cab jet ski sub pre ave st rd dr ctr dev ' +
    // articles and prepositions of other languages
    'el la las los del le les au aux der die das den dem het een il lo al ' +
    // short given names
    'ada ida nia ira may rey sal amy ann eva ian kim lee leo tom ted sam ben dan don jon joe max roy guy kay sue pat eve zoe mia ' +
    'ava eli ali abe bob tim jim jan lou liz meg ned rob ron luz hay orr'
  ).split(' '),
);

const romanNumeral = /^(?:ii|iii|iv|vi|vii|viii|ix|xi|xii)$/;

/**
 * Whether a word of an ALL-CAPS company name reads as an acronym or initialism to keep in capitals
 * (`KPMG`, `BASF`, `HSBC`, `NVIDIA`, `SAP`) rather than a word to re-case (`WIDGETS`, `CHICAGO`).
 * `letters` is the word in lower-case ASCII letters only. A word is taken for an acronym when it is
 * a Roman numeral; when it has three letters or fewer and is not a common short word (see
 * `shortWords`); when it has no vowel; or when it holds a run of consonants that no word starts,
 * ends or breaks with (`nv` in nvidia, `sf` in basf, `sml` in asml). Acronyms spoken as words
 * (`NASA`, `IKEA`, `FIFA`) read as words: they are the rule's known misses.
 *
 * @example looksLikeAcronym('basf') // true
 * @example looksLikeAcronym('acme') // false
 */
export function looksLikeAcronym(letters: string): boolean {
  if (letters.length === 0) return false;
  if (romanNumeral.test(letters)) return true;
  if (letters.length <= 3) return !shortWords.has(letters);
  // McKinsey, McDonald's: the word is what follows Mc
  if (letters.startsWith('mc') && letters.length > 4) return looksLikeAcronym(letters.slice(2));
  const runs = consonantRuns(letters);
  if (runs === undefined) return true;
  const [onset, middle, coda] = runs;
  if (onset.length > 1 && !onsets.has(onset)) return true;
  if (coda.length > 1 && !codas.has(coda)) return true;
  return middle.some((run) => run.length > 1 && !splitsIntoCodaAndOnset(run));
}

function isVowel(letters: string, index: number): boolean {
  const letter = letters.charAt(index);
  // `y` is a vowel after a consonant (lyft, sysco), a consonant at the start (york, ymca)
  return letter === 'a' || letter === 'e' || letter === 'i' || letter === 'o' || letter === 'u' || (letter === 'y' && index > 0);
}

/** The consonant runs of a word: before its first vowel, between vowels, after its last; `undefined` when it has no vowel. */
function consonantRuns(letters: string): [string, string[], string] | undefined {
  let first = 0;
  while (first < letters.length && !isVowel(letters, first)) first++;
  if (first === letters.length) return undefined;
  let last = letters.length;
  while (!isVowel(letters, last - 1)) last--;
  const middle: string[] = [];
  let start = -1;
  for (let index = first; index < last; index++) {
    if (isVowel(letters, index)) {
      if (start >= 0) middle.push(letters.slice(start, index));
      start = -1;
    } else if (start < 0) {
      start = index;
    }
  }
  return [letters.slice(0, first), middle, letters.slice(last)];
}

/** Whether a consonant run between two vowels is a word's end followed by a word's start (`ndr` = `n` + `dr`). */
function splitsIntoCodaAndOnset(run: string): boolean {
  for (let split = 0; split <= run.length; split++) {
    const end = run.slice(0, split);
    const start = run.slice(split);
    if ((end.length <= 1 || codas.has(end)) && (start.length <= 1 || onsets.has(start))) return true;
  }
  return false;
}
