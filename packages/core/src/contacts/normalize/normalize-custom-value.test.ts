import { describe, expect, it } from 'vitest';
import { normalizeCustomValue } from './normalize-custom-value.js';

describe('normalizeCustomValue', () => {
  it('keeps the time of a date column that has one (HubSpot `Create Date`)', () => {
    expect(normalizeCustomValue('Create Date', { value: '2023-11-02 09:15', type: 'date' })).toEqual({ value: { value: '2023-11-02T09:15', type: 'date' } });
    expect(normalizeCustomValue('Start date', { value: '11/02/2023', type: 'date' })).toEqual({ value: { value: '2023-11-02', type: 'date' } });
  });

  it('reports a date that does not parse and keeps it trimmed', () => {
    expect(normalizeCustomValue('Create Date', { value: ' soon ', type: 'date' })).toEqual({
      value: { value: 'soon', type: 'date' },
      issue: { field: 'Create Date', value: ' soon ', reason: 'unparseable date' },
    });
  });
});
