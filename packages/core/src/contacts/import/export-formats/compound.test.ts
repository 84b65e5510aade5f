import { describe, expect, it } from 'vitest';
import { contactsToCsv } from '../../pipeline/export-contacts.js';
import { applyMapping, mapColumns } from '../map-columns.js';
import { recognizeExportFormat } from '../recognize-export-format.js';

/** The header `contactsToCsv` writes, plus custom columns. */
function exportHeader(...custom: string[]): string[] {
  return [...contactsToCsv([]).trim().split(','), ...custom.map((name) => `custom:${name}`)];
}

/** A row of `header` with the given cells, the others empty. */
function rowOf(header: readonly string[], cells: Record<string, string>): string[] {
  return header.map((column) => cells[column] ?? '');
}

describe("Compound's own export read back", () => {
  const header = exportHeader('employeesRange', 'phoneExtensions', 'Personal Email', 'Code');
  const rows = [
    rowOf(header, {
      id: 'ct_1', name: 'Rocío Martín', email: 'rocio@bluedesk.example', phone: "'+5521929497884", fit: '0.357', reasons: 'Brazil → outside ICP geography',
      sources: '3', function: 'finance', notes: `'=HYPERLINK("http://evil.example","click")`, 'custom:employeesRange': '501-1000',
      'custom:phoneExtensions': "'+12133734253 ext. 55", 'custom:Personal Email': 'rocio@gmail.example', 'custom:Code': "''+1",
    }),
    rowOf(header, { id: 'ct_2', name: 'Ann Lee', phone: "'+12125550175", 'custom:employeesRange': '1001-5000', 'custom:Personal Email': 'ann@gmail.example' }),
    rowOf(header, { id: 'ct_3', name: 'Bob Stone', phone: "'+442079460285", 'custom:employeesRange': '5001-10000' }),
  ];
  const mapping = mapColumns(header, rows);
  const byColumn = Object.fromEntries(mapping.columns.map((column) => [column.column, column]));

  it('reads custom:NAME back into the custom field NAME, not custom:custom:NAME', () => {
    expect(mapping.format).toBe('compound');
    expect(byColumn['custom:Personal Email']).toMatchObject({ field: 'custom', key: 'Personal Email', type: 'email' });
    const mapped = applyMapping(mapping, header, rows[0]!);
    expect(Object.keys(mapped.custom).sort()).toEqual(['Code', 'Personal Email', 'employeesRange', 'phoneExtensions']);
  });

  it('reads a custom field named like an Object property as any other', () => {
    const odd = exportHeader('constructor', 'toString');
    const oddMapping = mapColumns(odd, [rowOf(odd, { 'custom:constructor': 'x', 'custom:toString': 'y' })]);
    expect(oddMapping.columns.slice(-2).map((column) => [column.key, column.field, column.type])).toEqual([
      ['constructor', 'custom', 'text'],
      ['toString', 'custom', 'text'],
    ]);
  });

  it('types the custom fields the normalizer makes as it does, though their values look like phone numbers', () => {
    expect(byColumn['custom:employeesRange']).toMatchObject({ field: 'custom', type: 'text' });
    expect(byColumn['custom:phoneExtensions']).toMatchObject({ field: 'custom', type: 'text' });
  });

  it('maps fit, reasons, sources, function and id as derived, says so, and stores none of their cells', () => {
    for (const column of ['fit', 'reasons', 'sources', 'function', 'id']) {
      expect(byColumn[column]).toMatchObject({ field: 'derived', source: 'format' });
      expect(byColumn[column]?.confidence).toBeGreaterThanOrEqual(0.9);
      expect(byColumn[column]?.reason).toMatch(/computed by Compound/);
    }
    const mapped = applyMapping(mapping, header, rows[0]!);
    expect(Object.values(mapped.custom).map((custom) => custom.value)).not.toContain('0.357');
    expect(JSON.stringify(mapped)).not.toMatch(/ct_1|outside ICP|finance/);
  });

  it('takes off the quote the export put before formula-like cells, and only that one', () => {
    const mapped = applyMapping(mapping, header, rows[0]!);
    expect(mapped.fields.phone).toEqual(['+5521929497884']);
    expect(mapped.fields.notes).toEqual(['=HYPERLINK("http://evil.example","click")']);
    expect(mapped.custom['phoneExtensions']?.value).toBe('+12133734253 ext. 55');
    // The user's own `'+1` was written `''+1`: it reads back with its one quote.
    expect(mapped.custom['Code']?.value).toBe("'+1");
  });

  it('maps the phone column with high confidence: its quoted E.164 numbers are phone numbers', () => {
    expect(byColumn['phone']).toMatchObject({ field: 'phone' });
    expect(byColumn['phone']?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('is not recognized from one or two of its markers, so another list keeps its sources column and its quotes', () => {
    const other = ['Name', 'Email', 'Phone', 'Company', 'linkedinUrl', 'sources'];
    expect(recognizeExportFormat(other).format).not.toBe('compound');
    const cells = ['Ann Lee', 'ann@acme.example', "'+1 415 555 0101", 'Acme', '', 'trade show'];
    const otherMapping = mapColumns(other, [cells]);
    expect(otherMapping.columns.find((column) => column.column === 'sources')).toMatchObject({ field: 'custom' });
    const mapped = applyMapping(otherMapping, other, cells);
    expect(mapped.custom['sources']?.value).toBe('trade show');
    expect(mapped.fields.phone).toEqual(["'+1 415 555 0101"]);
  });

  it('lets --map or --field keep a derived column as a custom one', () => {
    const kept = mapColumns(header, rows, { overrides: { fit: 'custom' } });
    expect(kept.columns.find((column) => column.column === 'fit')).toMatchObject({ field: 'custom' });
    expect(applyMapping(kept, header, rows[0]!).custom['fit']?.value).toBe('0.357');
    const typed = mapColumns(header, rows, { fieldTypes: { reasons: 'text' } });
    expect(typed.columns.find((column) => column.column === 'reasons')).toMatchObject({ field: 'custom', type: 'text', source: 'override' });
  });
});
