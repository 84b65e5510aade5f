import { randomUUID } from 'node:crypto';

/** Creates ids such as `ct_1f0c9a2b4e5d6f70`: a type prefix and 64 random bits. */
export function createId(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
}
