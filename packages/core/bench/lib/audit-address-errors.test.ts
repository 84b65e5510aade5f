import { describe, expect, it } from 'vitest';
import { addressParts, auditAddressErrors } from './audit-address-errors.js';

describe('addressParts', () => {
  it('splits house number, street name and phone, ignoring direction, type and spacing', () => {
    expect(addressParts('1900 W. VanBuren', '(312) 850-7176')).toEqual({ house: '1900', street: 'vanburen', phone: '8507176' });
    expect(addressParts('1900 West Van Buren Street 1608', '')).toMatchObject({ house: '1900', street: 'vanburen1608', phone: '' });
    expect(addressParts('3416 ? -18 W. 79th Street', '4369244').street).toBe('79th');
    expect(addressParts('Unknown', '123')).toEqual({ house: '', street: 'unknown', phone: '' });
  });
});

describe('auditAddressErrors', () => {
  const parts = [
    addressParts('1900 W Van Buren St', '8507000'), // 0: Malcolm X
    addressParts('1900 W. VanBuren', '8507176'), // 1: Malcolm X
    addressParts('1900 W Polk', '8646560'), // 2: Hektoen, labelled with Malcolm X
    addressParts('1001 W Roosevelt Rd', '9395115'), // 3: no ZIP, own label
    addressParts('1001 West Roosevelt Rd.', '9395115'), // 4: same site, other label
    addressParts('2140 W 79th St', '8739155'), // 5
    addressParts('2141 W 79th St', '2246800'), // 6: labelled with 5
  ];
  const labels = ['a', 'a', 'a', 'b', 'c', 'd', 'd'];

  it('counts nothing when the clusters are the labels', () => {
    const audit = auditAddressErrors(parts, labels, [[0, 1, 2], [3], [4], [5, 6]]);
    expect(audit.missed.total).toBe(0);
    expect(audit.extra.total).toBe(0);
  });

  it('sorts missed and extra pairs by what their records share', () => {
    const audit = auditAddressErrors(parts, labels, [[0, 1], [2], [3, 4], [5], [6]]);
    // missed: 0-2 and 1-2 (same house, other street), 5-6 (other house, same street)
    expect(audit.missed).toEqual({ sameHouseOtherStreet: 2, sameAddress: 0, otherHouseSameStreet: 1, other: 0, samePhone: 0, total: 3 });
    // extra: 3-4, one address and one phone under two labels
    expect(audit.extra).toEqual({ sameHouseOtherStreet: 0, sameAddress: 1, otherHouseSameStreet: 0, other: 0, samePhone: 1, total: 1 });
  });
});
