import { describe, expect, it } from 'vitest';
import { chooseCompanyDomain } from './choose-company-domain.js';

const cabify = { name: 'Cabify', key: 'cabify' };
const personio = { value: 'https://www.personio.de', domain: 'personio.de' };

describe('chooseCompanyDomain', () => {
  it("takes the work email's domain when it spells the company and the website does not", () => {
    expect(chooseCompanyDomain({ company: cabify, website: personio, emailDomain: () => 'cabify.com' })).toEqual({
      domain: 'cabify.com',
      issue: {
        field: 'website',
        value: 'https://www.personio.de',
        reason: "website personio.de does not match company Cabify: cabify.com, the work email's domain, is taken as the company domain",
      },
    });
  });

  it('takes no domain, and says so, when only the website names another company', () => {
    expect(chooseCompanyDomain({ company: cabify, website: personio, emailDomain: () => undefined })).toEqual({
      issue: { field: 'website', value: 'https://www.personio.de', reason: "website personio.de does not match company Cabify: kept as a value, not used as the company's domain" },
    });
  });

  it('keeps the website when nothing contradicts it', () => {
    // the name spells the website's domain (the common case)
    expect(chooseCompanyDomain({ company: cabify, website: { value: 'cabify.com', domain: 'cabify.com' }, emailDomain: () => 'other.com' })).toEqual({ domain: 'cabify.com' });
    // the email agrees with the website, not the name (a company column not brought up to date)
    expect(chooseCompanyDomain({ company: cabify, website: personio, emailDomain: () => 'personio.de' })).toEqual({ domain: 'personio.de' });
    // the email spells neither: Alphabet's site is abc.xyz, its people write from google.com
    const alphabet = { company: { name: 'Alphabet', key: 'alphabet' }, website: { value: 'https://abc.xyz', domain: 'abc.xyz' }, emailDomain: () => 'google.com' };
    expect(chooseCompanyDomain(alphabet)).toEqual({ domain: 'abc.xyz' });
    // no company named
    expect(chooseCompanyDomain({ website: personio, emailDomain: () => 'cabify.com' })).toEqual({ domain: 'personio.de' });
  });

  it("uses the work email's domain when there is no website", () => {
    expect(chooseCompanyDomain({ company: cabify, emailDomain: () => 'cabify.com' })).toEqual({ domain: 'cabify.com' });
    expect(chooseCompanyDomain({ company: cabify, emailDomain: () => undefined })).toEqual({});
  });
});
