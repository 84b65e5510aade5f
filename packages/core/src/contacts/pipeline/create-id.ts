import { randomFillSync } from 'node:crypto';

// Random bytes drawn in blocks (one call to the system per 1,024 ids, not one per id).
const pool = Buffer.alloc(8 * 1024);
let offset = pool.length;

/** Creates ids such as `ct_1f0c9a2b4e5d6f70`: a type prefix and 64 random bits. */
export function createId(prefix: string): string {
  if (offset + 8 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const id = `${prefix}_${pool.toString('hex', offset, offset + 8)}`;
  offset += 8;
  return id;
}
