/**
 * Email blocking keys for addresses garbled past the exact, letters and local-end keys: a short
 * local part with its domain's initial, and a local part's initial and digits with its domain's
 * initial.
 */
import { fnvOffset, hashOf, mixCode, mixText } from './key-hash.js';

const colon = 58;
const shortLocalKind = mixText(fnvOffset, 'es:');
const digitsKind = mixText(fnvOffset, 'ed:');

/**
 * A local part of two or three letters and digits (initials: `j.c@white.org`, `aw@thompson.com`),
 * too short for the letters key, with the domain's initial: typos in the domain past its first
 * letter (`j.c@wrte.ohg`, `aw@thpmoson.com`) keep it.
 */
export function emitShortLocal(email: string, at: number, emit: (hash: number, role: number) => void): void {
  let state = shortLocalKind;
  let taken = 0;
  for (let i = 0; i < at; i++) {
    const code = email.charCodeAt(i);
    if ((code < 97 || code > 122) && (code < 48 || code > 57)) continue;
    if (++taken > 3) return;
    state = mixCode(state, code);
  }
  if (taken < 2) return;
  emit(hashOf(mixCode(mixCode(state, colon), email.charCodeAt(at + 1) || 0)), 0);
}

/**
 * The local part's first letter and its digits (two or more), with the domain's initial:
 * `l.feruson46@sahh.com` and `l.ferguson46@shah.com` share `l46s`, `noahh78@diaz-clark.com` and
 * `noahha78@diaz-clarkoc.m` share `n78d`. `role` is the caller's: a probe for an address that may
 * be garbled, a target for one that spells its record's name (two of those never pair through it).
 */
export function emitLocalDigits(email: string, at: number, role: number, emit: (hash: number, role: number) => void): void {
  let state = digitsKind;
  let digits = 0;
  let initial = 0;
  for (let i = 0; i < at; i++) {
    const code = email.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      state = mixCode(state, code);
      digits++;
    } else if (initial === 0 && code >= 97 && code <= 122) initial = code;
  }
  if (digits < 2 || initial === 0) return;
  emit(hashOf(mixCode(mixCode(mixCode(state, colon), initial), email.charCodeAt(at + 1) || 0)), role);
}
