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

  it('keeps a website the spelling rule cannot judge when there is no work email', () => {
    const volkswagen = { name: 'Volkswagen AG', key: 'volkswagen' };
    expect(chooseCompanyDomain({ company: volkswagen, website: { value: 'https://www.vw.de', domain: 'vw.de' }, emailDomain: () => undefined })).toEqual({ domain: 'vw.de' });
  });

  it('takes no domain, and says so, when only the website names another company', () => {
    // personio.de would link the Cabify contact to Personio's company record
    expect(chooseCompanyDomain({ company: cabify, website: personio, emailDomain: () => undefined })).toEqual({
      issue: { field: 'website', value: 'https://www.personio.de', reason: "website personio.de does not match company Cabify: kept as a value, not used as the company's domain" },
    });
  });

  it('takes no domain from a site on a shared platform, and says so', () => {
    const reason = "website ana.wixsite.com does not match company Cabify and is a site on a shared platform: kept as a value, not used as the company's domain";
    const wix = { value: 'https://ana.wixsite.com/portfolio', domain: 'ana.wixsite.com' };
    expect(chooseCompanyDomain({ company: cabify, website: wix, emailDomain: () => undefined })).toEqual({ issue: { field: 'website', value: wix.value, reason } });
    for (const domain of ['ana.github.io', 'ana.wordpress.com', 'google.com', 'linktr.ee']) {
      expect(chooseCompanyDomain({ company: cabify, website: { value: domain, domain }, emailDomain: () => undefined }).domain).toBeUndefined();
    }
    // the work email's domain, though it spells neither, says more about the employer than the site
    expect(chooseCompanyDomain({ company: cabify, website: wix, emailDomain: () => 'maxmobility.es' })).toEqual({
      domain: 'maxmobility.es',
      issue: {
        field: 'website',
        value: wix.value,
        reason: "website ana.wixsite.com does not match company Cabify and is a site on a shared platform: maxmobility.es, the work email's domain, is taken as the company domain",
      },
    });
    // a company's own site on a platform spells it
    expect(chooseCompanyDomain({ company: cabify, website: { value: 'cabify.github.io', domain: 'cabify.github.io' }, emailDomain: () => undefined })).toEqual({ domain: 'cabify.github.io' });
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
