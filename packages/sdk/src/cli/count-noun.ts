/** `1 row`, `2 rows`, `1,204 rows`: a count with its noun in the matching number. */
export function countNoun(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
