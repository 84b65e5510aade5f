import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeEmail, normalizeEmails } from './normalize-email.js';

describe('normalizeEmail', () => {
  it.each([
    ['jane@acme.com', 'jane@acme.com'],
    ['  Jane.Doe@Acme.COM ', 'jane.doe@acme.com'],
    ['mailto:jane@acme.com', 'jane@acme.com'],
    ['MAILTO:jane@acme.com?subject=Hi', 'jane@acme.com'],
    ['Jane <jane@acme.com>', 'jane@acme.com'],
    ['"Doe, Jane" <Jane@Acme.com>', 'jane@acme.com'],
    ['<jane@acme.com>', 'jane@acme.com'],
    ['"jane@acme.com"', 'jane@acme.com'],
    ['jane@acme.com.', 'jane@acme.com'],
    ['Jane Doe jane@acme.com', 'jane@acme.com'],
    ['jane+crm@acme.co.uk', 'jane+crm@acme.co.uk'],
  ])('cleans %j to %j', (raw, address) => {
    expect(normalizeEmail(raw)?.address).toBe(address);
    expect(normalizeEmail(raw)?.valid).toBe(true);
  });

  it.each([
    ['jane@', false],
    ['@acme.com', false],
    ['jane.acme.com', false],
    ['jane@@acme.com', false],
    ['jane..doe@acme.com', false],
    ['.jane@acme.com', true],
    ['jane@acme', false],
    ['jane@acme.c', false],
    ['jane@-acme.com', false],
    ['jane@acme.com@x', false],
    ['jörg@müller.de', true],
    ['o\'brien@acme.ie', true],
    ['user@xn--mller-kva.de', true],
    [`${'a'.repeat(65)}@acme.com`, false],
  ])('syntax of %j is valid=%s', (raw, valid) => {
    expect(normalizeEmail(raw)?.valid).toBe(valid);
  });

  it.each([
    ['info@acme.com', { role: true, free: false, disposable: false }],
    ['noreply@acme.com', { role: true, free: false, disposable: false }],
    ['sales+eu@acme.com', { role: true, free: false, disposable: false }],
    ['jane@gmail.com', { role: false, free: true, disposable: false }],
    ['jane@googlemail.com', { role: false, free: true, disposable: false }],
    ['jane@yahoo.co.uk', { role: false, free: true, disposable: false }],
    ['jane@hotmail.fr', { role: false, free: true, disposable: false }],
    ['jane@outlook.de', { role: false, free: true, disposable: false }],
    ['jane@gmx.at', { role: false, free: true, disposable: false }],
    ['jane@yandex.ru', { role: false, free: true, disposable: false }],
    ['jane@seznam.cz', { role: false, free: true, disposable: false }],
    ['jane@web.de', { role: false, free: true, disposable: false }],
    ['jane@proton.me', { role: false, free: true, disposable: false }],
    ['hello@icloud.com', { role: true, free: true, disposable: false }],
    ['jane@mailinator.com', { role: false, free: false, disposable: true }],
    ['jane@guerrillamail.net', { role: false, free: false, disposable: true }],
    ['jane@yopmail.com', { role: false, free: false, disposable: true }],
    ['jane@acme.com', { role: false, free: false, disposable: false }],
    ['information.desk@acme.com', { role: false, free: false, disposable: false }],
  ])('flags %j', (raw, flags) => {
    expect(normalizeEmail(raw)).toMatchObject(flags);
  });

  it.each(['', '   ', '-', 'N/A', 'none'])('returns undefined for %j', (raw) => {
    expect(normalizeEmail(raw)).toBeUndefined();
  });

  it('keeps a ? before the @ (a legal local-part character) and drops a query after the domain', () => {
    // Found by the idempotence property below: this once normalized to "-", which then normalized to nothing.
    expect(normalizeEmail('-?.a@a.aa')).toMatchObject({ address: '-?.a@a.aa', valid: true });
    expect(normalizeEmail('mailto:Jane@Acme.com?subject=Hi')?.address).toBe('jane@acme.com');
    expect(normalizeEmail('-?')).toMatchObject({ address: '-?', valid: false });
  });

  it('is idempotent on the address', () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string()), (raw) => {
        const once = normalizeEmail(raw);
        if (once === undefined) return;
        const twice = normalizeEmail(once.address);
        expect(twice?.address).toBe(once.address);
        expect(twice?.valid).toBe(once.valid);
      }),
    );
  });

  it('accepts every address fast-check generates that starts with a letter or digit, lower-cased', () => {
    fc.assert(
      fc.property(fc.emailAddress().filter((address) => /^[a-z0-9][^?]*$/i.test(address)), (address) => {
        const info = normalizeEmail(address);
        expect(info?.address).toBe(address.toLowerCase());
      }),
    );
  });
});

describe('normalizeEmails', () => {
  it.each([
    ['a@x.com; b@y.com', ['a@x.com', 'b@y.com']],
    ['a@x.com, b@y.com', ['a@x.com', 'b@y.com']],
    ['a@x.com ::: B@y.com', ['a@x.com', 'b@y.com']],
    ['a@x.com b@y.com', ['a@x.com', 'b@y.com']],
    ['a@x.com\nb@y.com', ['a@x.com', 'b@y.com']],
    ['"Doe, Jane" <jane@x.com>, "Roe, Rick" <rick@y.com>', ['jane@x.com', 'rick@y.com']],
    ['a@x.com; A@X.com', ['a@x.com']],
    ['a@x.com;;', ['a@x.com']],
    ['', []],
    ['n/a', []],
  ])('splits %j', (raw, addresses) => {
    expect(normalizeEmails(raw).map((info) => info.address)).toEqual(addresses);
  });
});
