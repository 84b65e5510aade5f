/**
 * A small deterministic contact set for dedup tests: 150 people, a third of them duplicated once
 * with a typo, a swapped name or a missing email. `labels[i]` is the person of record `i`.
 */
import type { ContactRecord } from '../../contact.js';
import { emptyContactRecord } from '../../empty-contact-record.js';

const firstNames = ['anna', 'boris', 'carla', 'david', 'elena', 'felix', 'greta', 'hugo', 'ines', 'jonas', 'klara', 'lukas', 'maria', 'niko', 'olga', 'paul', 'queenie', 'rosa', 'sven', 'tara'];
const lastNames = ['adler', 'becker', 'castro', 'dietrich', 'engel', 'fischer', 'garcia', 'hoffmann', 'ivanova', 'jansen', 'keller', 'lorenz', 'meyer', 'novak', 'ortega', 'peters', 'quast', 'richter', 'schulz', 'tanaka', 'ulrich', 'vogel', 'weber', 'xu', 'young'];
const cities = ['berlin', 'hamburg', 'munich', 'cologne', 'leipzig'];

/** A contact with the given parts. */
export function contact(parts: Partial<ContactRecord> & { email?: string; phone?: string }): ContactRecord {
  const { email, phone, ...rest } = parts;
  const record = { ...emptyContactRecord(), ...rest };
  if (email !== undefined) {
    const local = email.slice(0, email.indexOf('@'));
    record.emails = [{ address: email, valid: true, role: ['info', 'sales', 'office'].includes(local), free: email.endsWith('@gmail.com'), disposable: false }];
  }
  if (phone !== undefined) record.phones = [phone];
  return record;
}

function typo(value: string, seed: number): string {
  const at = 1 + (seed % Math.max(1, value.length - 2));
  return value.slice(0, at) + value.charAt(at + 1) + value.charAt(at) + value.slice(at + 2);
}

/** The sample records and their truth labels. */
export function sampleContacts(): { records: ContactRecord[]; labels: string[] } {
  let state = 12345;
  const next = (limit: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % limit;
  };
  const records: ContactRecord[] = [];
  const labels: string[] = [];
  for (let person = 0; person < 150; person++) {
    const first = firstNames[next(firstNames.length)] ?? 'x';
    const last = lastNames[next(lastNames.length)] ?? 'y';
    const city = cities[next(cities.length)] ?? 'z';
    const birthDate = `${1940 + next(60)}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
    const email = `${first.charAt(0)}${last}${next(100)}@${['acme', 'globex', 'initech', 'umbrella'][next(4)] ?? 'x'}.com`;
    records.push(contact({ firstName: first, lastName: last, city, birthDate, email }));
    labels.push(String(person));
    if (person % 3 === 0) {
      const variant = person % 4;
      records.push(
        contact({
          firstName: variant === 1 ? last : variant === 2 ? typo(first, person) : first,
          lastName: variant === 1 ? first : variant === 3 ? typo(last, person) : last,
          city,
          birthDate,
          ...(variant === 0 ? {} : { email }),
        }),
      );
      labels.push(String(person));
    }
  }
  return { records, labels };
}
