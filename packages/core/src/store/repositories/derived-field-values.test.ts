import { describe, expect, it } from 'vitest';
import type { ContactRecord, Provenance } from '../../contacts/contact.js';
import { emptyContactRecord } from '../../contacts/empty-contact-record.js';
import type { FieldValues } from '../store.js';
import { decodeDerivedValues, encodeDerivedValues } from './derived-field-values.js';

const first: Provenance = { source: 'import', importId: 'imp_1', file: 'a.csv', row: 1, at: '2024-05-01T00:00:00.000Z' };
const second: Provenance = { source: 'import', importId: 'imp_1', file: 'a.csv', row: 2, at: '2024-05-01T00:00:00.000Z' };

function record(): ContactRecord {
  return {
    ...emptyContactRecord(),
    fullName: 'Ada Lovelace',
    employees: 12,
    emails: [{ address: 'ada@example.com', valid: true, role: false, free: false, disposable: false }],
    phones: ['+441234567890'],
    custom: { shoe: { value: '38', type: 'text' } },
  };
}

/** Every value of `record`, from `source`, as a contact from one row has them. */
function oneRowValues(source: Provenance): FieldValues {
  return {
    fullName: [{ value: 'Ada Lovelace', source }],
    employees: [{ value: '12', source }],
    email: [{ value: 'ada@example.com', source }],
    phone: [{ value: '+441234567890', source }],
    'custom.shoe': [{ value: '38', source }],
  };
}

describe('encodeDerivedValues', () => {
  it('stores no override for a contact from one row (a structurally equal source counts too)', () => {
    expect(encodeDerivedValues(oneRowValues(first), [first], record())).toEqual([0, {}]);
    expect(encodeDerivedValues(oneRowValues({ ...first }), [first], record())).toEqual([0, {}]);
  });

  it('overrides a field whose values differ, and lists a field the record gives but values lack as empty', () => {
    const values = oneRowValues(first);
    values['email'] = [
      { value: 'ada@example.com', source: first },
      { value: 'ada@other.org', source: second },
    ];
    delete values['employees'];
    delete values['custom.shoe'];
    const encoded = encodeDerivedValues(values, [first, second], record());
    expect(encoded).toEqual([0, { email: [['ada@example.com', 0], ['ada@other.org', 1]], employees: [], 'custom.shoe': [] }]);
    expect(decodeDerivedValues(encoded, record(), [first, second])).toEqual({
      fullName: values['fullName'],
      email: values['email'],
      phone: values['phone'],
    });
  });

  it('overrides a value from another source and a value the record does not hold', () => {
    const values = oneRowValues(first);
    values['fullName'] = [{ value: 'Ada Lovelace', source: second }];
    values['title'] = [{ value: 'Countess', source: first }];
    const encoded = encodeDerivedValues(values, [first, second], record());
    expect(encoded).toEqual([0, { fullName: [['Ada Lovelace', 1]], title: [['Countess', 0]] }]);
    expect(decodeDerivedValues(encoded, record(), [first, second])).toEqual(values);
  });
});
