import { describe, expect, it } from 'vitest';
import { sameButSeparators, shareAddressButSeparators } from './same-but-separators.js';

describe('sameButSeparators', () => {
  it('takes addresses whose local parts differ only in `.`, `_` or `-` at one domain as alike', () => {
    expect(sameButSeparators('rocio.martin@bluedesk.com', 'rocio_martin@bluedesk.com')).toBe(true);
    expect(sameButSeparators('rocio-martin@bluedesk.com', 'rocio.martin@bluedesk.com')).toBe(true);
    expect(sameButSeparators('maria.del.carmen@x.com', 'mariadelcarmen@x.com')).toBe(true);
    expect(sameButSeparators('j.m.s@x.com', 'j_m_s@x.com')).toBe(true);
    expect(sameButSeparators('anna@x.com', 'anna@x.com')).toBe(true);
  });

  it('compares letters, digits and the whole domain', () => {
    expect(sameButSeparators('rocio.martin@bluedesk.com', 'rocio_martin@bluedesk.io')).toBe(false);
    expect(sameButSeparators('rocio.martin@blue-desk.com', 'rocio.martin@bluedesk.com')).toBe(false);
    expect(sameButSeparators('rocio.martin@x.com', 'rocio.marten@x.com')).toBe(false);
    expect(sameButSeparators('anna.berg12@x.com', 'anna_berg13@x.com')).toBe(false);
    expect(sameButSeparators('anna.berg@x.com', 'anna_bergh@x.com')).toBe(false);
    expect(sameButSeparators('anna.berg', 'anna_berg')).toBe(false);
  });

  it('finds such a pair among two address lists', () => {
    expect(shareAddressButSeparators(['r@gmail.com', 'rocio.martin@x.com'], ['rocio_martin@x.com'])).toBe(true);
    expect(shareAddressButSeparators(['rocio.martin@x.com'], ['rocio.martin@y.com', 'r.martin@x.com'])).toBe(false);
    expect(shareAddressButSeparators([], ['rocio.martin@x.com'])).toBe(false);
  });
});
