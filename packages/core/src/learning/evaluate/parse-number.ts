// 1,200 or 1,200.5 (comma groups); 1.200 or 1.200,5 (dot groups, as German and Czech exports write them).
const commaGroups = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const dotGroups = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
// 3,5 with no thousands grouping: a decimal comma (European exports).
const decimalComma = /^[+-]?\d*,\d+$/;
// Spaces, no-break and narrow no-break spaces, and apostrophes group thousands in French, Swiss and Czech exports.
const groupSpaces = /(?<=\d)[\s\u00a0\u202f'](?=\d{3}(?:\D|$))/g;

/**
 * A finite number, or undefined for an empty or non-numeric cell. Reads spreadsheet spellings as
 * well as plain ones: thousands groups (`1,200`, `1.200`, `1 200`), a decimal comma (`3,5`,
 * `1.200,5`) and surrounding spaces. `1,200` is read as twelve hundred (comma groups of three
 * digits are thousands in the exports users bring); a lone `1.200` is the decimal 1.2.
 *
 * @example
 * parseNumber('1,200'); // 1200
 * parseNumber('3,5'); // 3.5
 */
export function parseNumber(cell: string): number | undefined {
  let text = cell.trim().replace(groupSpaces, '');
  if (text === '') return undefined;
  if (commaGroups.test(text)) text = text.replaceAll(',', '');
  else if (dotGroups.test(text) && text.includes(',')) text = text.replaceAll('.', '').replace(',', '.');
  else if (/^[+-]?\d{1,3}(?:\.\d{3}){2,}$/.test(text)) text = text.replaceAll('.', '');
  else if (decimalComma.test(text)) text = text.replace(',', '.');
  // Number('') is 0 and Number('0x1F') is 31: accept decimal notation only.
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
