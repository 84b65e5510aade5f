/**
 * Orders indices by a numeric key, largest first, ties by ascending index: a stable LSD radix
 * sort over the keys' IEEE-754 bits (four 16-bit passes, passes where every key shares the digit
 * skipped), several times faster than `sort` with a comparator on 100k keys. Internal to ranking.
 */

const digits = 1 << 16;
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Indices `0…keys.length − 1` ordered as `(a, b) => keys[b] − keys[a] || a − b` would order them;
 * −0 counts as 0 and NaN keys come last (in index order).
 */
export function orderByDescending(keys: Float64Array): Uint32Array {
  const count = keys.length;
  const bits = new Float64Array(count);
  const words = new Uint32Array(bits.buffer);
  const lowWord = littleEndian ? 0 : 1;
  const highWord = 1 - lowWord;
  const high = new Uint32Array(count);
  const low = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) {
    const key = keys[index] as number;
    bits[index] = key + 0; // −0 + 0 is +0
  }
  for (let index = 0; index < count; index += 1) {
    const key = keys[index] as number;
    if (key !== key) {
      high[index] = 0xffffffff;
      low[index] = 0xffffffff;
      continue;
    }
    const hi = words[2 * index + highWord] as number;
    const lo = words[2 * index + lowWord] as number;
    // Ascending-sortable bits are (sign ? ~bits : bits | sign); descending ones are their complement.
    if (hi >>> 31) {
      high[index] = hi;
      low[index] = lo;
    } else {
      high[index] = ~hi & 0x7fffffff;
      low[index] = ~lo >>> 0;
    }
  }
  let order = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) order[index] = index;
  let spare = new Uint32Array(count);
  const counts = new Uint32Array(digits);
  for (let pass = 0; pass < 4; pass += 1) {
    const source = pass < 2 ? low : high;
    const shift = pass % 2 === 0 ? 0 : 16;
    counts.fill(0);
    for (let index = 0; index < count; index += 1) {
      const digit = ((source[index] as number) >>> shift) & 0xffff;
      counts[digit] = (counts[digit] as number) + 1;
    }
    const first = ((source[0] ?? 0) >>> shift) & 0xffff;
    if (counts[first] === count) continue;
    let total = 0;
    for (let digit = 0; digit < digits; digit += 1) {
      const size = counts[digit] as number;
      counts[digit] = total;
      total += size;
    }
    for (let position = 0; position < count; position += 1) {
      const index = order[position] as number;
      const digit = ((source[index] as number) >>> shift) & 0xffff;
      const target = counts[digit] as number;
      spare[target] = index;
      counts[digit] = target + 1;
    }
    [order, spare] = [spare, order];
  }
  return order;
}
