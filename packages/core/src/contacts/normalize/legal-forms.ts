/**
 * Company legal forms by country, written as match keys: ASCII-folded, lower-case, dots and
 * apostrophes removed, other punctuation turned into spaces (so `S.r.l.` → `srl`, `A/S` → `a s`,
 * `Sp. z o.o.` → `sp z oo`). Each maps to the label reported as `legalForm`.
 *
 * @internal
 */
export const legalFormSuffixes: ReadonlyMap<string, string> = new Map([
  // United States, United Kingdom, Ireland, Commonwealth
  ['inc', 'Inc.'],
  ['incorporated', 'Inc.'],
  ['llc', 'LLC'],
  ['pllc', 'PLLC'],
  ['ltd', 'Ltd'],
  ['limited', 'Ltd'],
  ['co ltd', 'Co., Ltd'],
  ['company limited', 'Co., Ltd'],
  ['corp', 'Corp.'],
  ['corporation', 'Corp.'],
  ['co', 'Co.'],
  ['company', 'Co.'],
  ['plc', 'PLC'],
  ['llp', 'LLP'],
  ['lllp', 'LLLP'],
  ['lp', 'LP'],
  ['pc', 'PC'],
  ['pty ltd', 'Pty Ltd'],
  ['pty limited', 'Pty Ltd'],
  ['pty', 'Pty'],
  ['pvt ltd', 'Pvt Ltd'],
  ['private limited', 'Pvt Ltd'],
  ['pvt', 'Pvt'],
  ['pte ltd', 'Pte Ltd'],
  ['sdn bhd', 'Sdn Bhd'],
  ['bhd', 'Bhd'],
  // German-speaking countries
  ['gmbh', 'GmbH'],
  ['mbh', 'mbH'],
  ['gesmbh', 'GesmbH'],
  ['gmbh & co kg', 'GmbH & Co. KG'],
  ['gmbh co kg', 'GmbH & Co. KG'],
  ['gmbh & co ohg', 'GmbH & Co. OHG'],
  ['ag & co kg', 'AG & Co. KG'],
  ['kg', 'KG'],
  ['kgaa', 'KGaA'],
  ['ohg', 'OHG'],
  ['gbr', 'GbR'],
  ['ag', 'AG'],
  ['aktiengesellschaft', 'AG'],
  ['ug', 'UG (haftungsbeschränkt)'],
  ['ug haftungsbeschrankt', 'UG (haftungsbeschränkt)'],
  ['ev', 'e.V.'],
  ['ek', 'e.K.'],
  ['eg', 'eG'],
  // Czech Republic, Slovakia
  ['sro', 's.r.o.'],
  ['spol s ro', 'spol. s r.o.'],
  ['as', 'a.s.'],
  ['ks', 'k.s.'],
  ['vos', 'v.o.s.'],
  ['zs', 'z.s.'],
  ['ops', 'o.p.s.'],
  // Nordics and Baltics
  ['asa', 'ASA'],
  ['oy', 'Oy'],
  ['oyj', 'Oyj'],
  ['ab', 'AB'],
  ['ab publ', 'AB (publ)'],
  ['publ', '(publ)'],
  ['aps', 'ApS'],
  ['a s', 'A/S'],
  ['ehf', 'ehf.'],
  ['hf', 'hf.'],
  ['ou', 'OÜ'],
  ['uab', 'UAB'],
  ['sia', 'SIA'],
  // France, Belgium, Luxembourg, Switzerland (French), Spain, Portugal, Latin America
  ['sa', 'S.A.'],
  ['societe anonyme', 'S.A.'],
  ['sas', 'SAS'],
  ['sasu', 'SASU'],
  ['sarl', 'SARL'],
  ['sa rl', 'S.à r.l.'],
  ['eurl', 'EURL'],
  ['sca', 'SCA'],
  ['snc', 'SNC'],
  ['sprl', 'SPRL'],
  ['srl', 'S.r.l.'],
  ['bvba', 'BVBA'],
  ['cvba', 'CVBA'],
  ['sl', 'S.L.'],
  ['slu', 'S.L.U.'],
  ['sa de cv', 'S.A. de C.V.'],
  ['sab de cv', 'S.A.B. de C.V.'],
  ['de cv', 'de C.V.'],
  ['ltda', 'Ltda.'],
  ['lda', 'Lda.'],
  ['eireli', 'EIRELI'],
  // Europe-wide, Benelux, Italy, Poland, Hungary, former Yugoslavia
  ['se', 'SE'],
  ['bv', 'B.V.'],
  ['nv', 'N.V.'],
  ['spa', 'S.p.A.'],
  ['sapa', 'S.a.p.a.'],
  ['sp z oo', 'Sp. z o.o.'],
  ['spzoo', 'Sp. z o.o.'],
  ['sp k', 'Sp.k.'],
  ['kft', 'Kft.'],
  ['zrt', 'Zrt.'],
  ['nyrt', 'Nyrt.'],
  ['bt', 'Bt.'],
  ['doo', 'd.o.o.'],
  ['dd', 'd.d.'],
  ['ad', 'AD'],
  ['ood', 'OOD'],
  ['eood', 'EOOD'],
  ['s de rl de cv', 'S. de R.L. de C.V.'],
  ['s de rl', 'S. de R.L.'],
  // Japan, Indonesia, others
  ['kk', 'K.K.'],
  ['kabushiki kaisha', 'K.K.'],
  ['gk', 'G.K.'],
  ['godo kaisha', 'G.K.'],
  ['tbk', 'Tbk'],
]);

/** Legal forms written before the name (PT Maju, OOO Romashka). @internal */
export const legalFormPrefixes: ReadonlyMap<string, string> = new Map([
  ['pt', 'PT'],
  ['ooo', 'OOO'],
  ['oao', 'OAO'],
  ['zao', 'ZAO'],
  ['pao', 'PAO'],
]);

/** Longest suffix length in tokens. @internal */
export const longestLegalFormTokens = 5;

/**
 * The last word of every legal-form suffix: a name whose last word is not one of these ends in no
 * legal form, so the suffix search can stop before building any candidate.
 */
export const legalFormLastWords: ReadonlySet<string> = new Set([...legalFormSuffixes.keys()].map((form) => form.slice(form.lastIndexOf(' ') + 1)));
