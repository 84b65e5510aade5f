/** A finite number, or undefined for an empty or non-numeric cell. */
export function parseNumber(cell: string): number | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
