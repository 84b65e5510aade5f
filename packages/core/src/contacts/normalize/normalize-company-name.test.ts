import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeCompanyName } from './normalize-company-name.js';

describe('normalizeCompanyName', () => {
  it.each([
    ['Stripe', 'stripe', undefined],
    ['Stripe Inc', 'stripe', 'Inc.'],
    ['Stripe, Inc.', 'stripe', 'Inc.'],
    ['STRIPE INC.', 'stripe', 'Inc.'],
    ['Acme, Inc.', 'acme', 'Inc.'],
    ['Acme Incorporated', 'acme', 'Inc.'],
    ['Acme LLC', 'acme', 'LLC'],
    ['Acme L.L.C.', 'acme', 'LLC'],
    ['Acme Ltd.', 'acme', 'Ltd'],
    ['Acme Limited', 'acme', 'Ltd'],
    ['Acme Corp', 'acme', 'Corp.'],
    ['Acme Corporation', 'acme', 'Corp.'],
    ['Acme & Co.', 'acme', 'Co.'],
    ['Acme Company', 'acme', 'Co.'],
    ['Acme PLC', 'acme', 'PLC'],
    ['Acme LLP', 'acme', 'LLP'],
    ['Acme GmbH', 'acme', 'GmbH'],
    ['Acme GmbH & Co. KG', 'acme', 'GmbH & Co. KG'],
    ['Acme KG', 'acme', 'KG'],
    ['Acme AG', 'acme', 'AG'],
    ['Acme UG (haftungsbeschränkt)', 'acme', 'UG (haftungsbeschränkt)'],
    ['Acme e.V.', 'acme', 'e.V.'],
    ['Acme s.r.o.', 'acme', 's.r.o.'],
    ['Acme spol. s r.o.', 'acme', 'spol. s r.o.'],
    ['Acme a.s.', 'acme', 'a.s.'],
    ['Acme AS', 'acme', 'AS'],
    ['Acme ASA', 'acme', 'ASA'],
    ['Acme k.s.', 'acme', 'k.s.'],
    ['Acme v.o.s.', 'acme', 'v.o.s.'],
    ['Acme Oy', 'acme', 'Oy'],
    ['Acme Oyj', 'acme', 'Oyj'],
    ['Acme AB', 'acme', 'AB'],
    ['Acme AB (publ)', 'acme', 'AB (publ)'],
    ['Acme ApS', 'acme', 'ApS'],
    ['Acme A/S', 'acme', 'A/S'],
    ['Acme SA', 'acme', 'S.A.'],
    ['Acme S.A.', 'acme', 'S.A.'],
    ['Acme SAS', 'acme', 'SAS'],
    ['Acme SARL', 'acme', 'SARL'],
    ['Acme SASU', 'acme', 'SASU'],
    ['Acme EURL', 'acme', 'EURL'],
    ['Acme SE', 'acme', 'SE'],
    ['Acme BV', 'acme', 'B.V.'],
    ['Acme B.V.', 'acme', 'B.V.'],
    ['Acme N.V.', 'acme', 'N.V.'],
    ['Acme Srl', 'acme', 'S.r.l.'],
    ['Acme S.r.l.', 'acme', 'S.r.l.'],
    ['Acme SpA', 'acme', 'S.p.A.'],
    ['Acme S.p.A.', 'acme', 'S.p.A.'],
    ['Acme Sp. z o.o.', 'acme', 'Sp. z o.o.'],
    ['Acme S.L.', 'acme', 'S.L.'],
    ['Acme S.L.U.', 'acme', 'S.L.U.'],
    ['Acme Pty Ltd', 'acme', 'Pty Ltd'],
    ['Acme Pvt. Ltd.', 'acme', 'Pvt Ltd'],
    ['Acme KK', 'acme', 'K.K.'],
    ['Acme K.K.', 'acme', 'K.K.'],
    ['Acme GK', 'acme', 'G.K.'],
    ['Acme Kft.', 'acme', 'Kft.'],
    ['Acme Zrt.', 'acme', 'Zrt.'],
    ['Acme d.o.o.', 'acme', 'd.o.o.'],
    ['Acme OÜ', 'acme', 'OÜ'],
    ['Acme UAB', 'acme', 'UAB'],
    ['Acme SIA', 'acme', 'SIA'],
    ['Acme Co., Ltd.', 'acme', 'Co., Ltd'],
    ['PT Maju Jaya', 'maju jaya', 'PT'],
    ['Škoda Auto a.s.', 'skoda auto', 'a.s.'],
    ['Müller & Söhne GmbH', 'muller and sohne', 'GmbH'],
    ['Johnson & Johnson', 'johnson and johnson', undefined],
    ['The Boring Company', 'boring', 'Co.'],
    ['Coca-Cola', 'coca cola', undefined],
    ['Limited', 'limited', undefined],
    ['Inc.', 'inc', undefined],
    ['The Company', 'company', undefined],
    ['Booking.com', 'bookingcom', undefined],
    ['Яндекс ООО', 'яндекс ооо', undefined],
  ])('%j → key %j, legal form %j', (raw, key, legalForm) => {
    const result = normalizeCompanyName(raw);
    expect(result?.key).toBe(key);
    expect(result?.legalForm).toBe(legalForm);
    expect(result?.nonCompany).toBe(false);
  });

  it.each([
    ['  Acme   Widgets  ', 'Acme Widgets'],
    ['"Acme"', 'Acme'],
    ['“Acme Widgets”', 'Acme Widgets'],
    ['Acme,', 'Acme'],
    ['acme widgets', 'acme widgets'],
    ['eBay Inc.', 'eBay Inc.'],
    ['ACME WIDGETS INC.', 'Acme Widgets Inc.'],
    ['BANK OF AMERICA', 'Bank of America'],
    ['IBM', 'IBM'],
    ['SAP SE', 'SAP SE'],
    ['ACME GMBH', 'Acme GmbH'],
    ['ŠKODA AUTO A.S.', 'Škoda Auto a.s.'],
    // acronyms in an ALL-CAPS name keep their capitals; words are re-cased
    ['BASF SE', 'BASF SE'],
    ['KPMG AG', 'KPMG AG'],
    ['HSBC HOLDINGS PLC', 'HSBC Holdings PLC'],
    ['ASML HOLDING N.V.', 'ASML Holding N.V.'],
    ['NVIDIA', 'NVIDIA'],
    ['LVMH', 'LVMH'],
    ['DHL', 'DHL'],
    ['H&M', 'H&M'],
    ['AT&T', 'AT&T'],
    ['E.ON SE', 'E.ON SE'],
    ['ABB LTD', 'ABB Ltd'],
    ['ABB Ltd', 'ABB Ltd'],
    ['AIR FRANCE-KLM', 'Air France-KLM'],
    ['YMCA OF METROPOLITAN CHICAGO', 'YMCA of Metropolitan Chicago'],
    ['ACME WIDGETS LIMITED', 'Acme Widgets Limited'],
    ['EASTER SEALS SOCIETY OF CHICAGO', 'Easter Seals Society of Chicago'],
    ['NEW YORK LIFE INSURANCE', 'New York Life Insurance'],
    ['RED BULL GMBH', 'Red Bull GmbH'],
    ['DEUTSCHE TELEKOM AG', 'Deutsche Telekom AG'],
    ['SCHWARZ GRUPPE', 'Schwarz Gruppe'],
    ["MCDONALD'S CORPORATION", "McDonald's Corporation"],
    ["O'REILLY MEDIA", "O'Reilly Media"],
    ["ST. JUDE CHILDREN'S RESEARCH HOSPITAL", "St. Jude Children's Research Hospital"],
    ['1ST SOURCE BANK', '1st Source Bank'],
    ['7-ELEVEN', '7-Eleven'],
    ['BOOKING.COM', 'Booking.com'],
    ['CAROLE ROBERTSON CENTER FCCH-AURORA NUNEZ', 'Carole Robertson Center FCCH-Aurora Nunez'],
  ])('displays %j as %j', (raw, display) => {
    expect(normalizeCompanyName(raw)?.display).toBe(display);
  });

  it.each(['Self-employed', 'Self Employed', 'Freelance', 'Freelancer', 'Stealth', 'Stealth Mode Startup', 'Confidential', 'N/A', '-', 'Retired'])(
    'flags %j as not a company',
    (raw) => {
      expect(normalizeCompanyName(raw)?.nonCompany).toBe(true);
    },
  );

  it('returns undefined for blank input', () => {
    expect(normalizeCompanyName('   ')).toBeUndefined();
  });

  it('is idempotent on display and key', () => {
    const word = fc.constantFrom('Acme', 'ACME', 'Widgets', 'Inc.', 'GmbH', '&', 'Co.', 'the', 's.r.o.', 'Müller', '"', ',', 'Ltd', 'A/S');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
        const once = normalizeCompanyName(words.join(' '));
        if (once === undefined) return;
        const twice = normalizeCompanyName(once.display);
        expect(twice?.display).toBe(once.display);
        expect(twice?.key).toBe(once.key);
      }),
    );
  });
});
