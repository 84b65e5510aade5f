import type { FieldIssue } from '../contact.js';
import { domainSpellsCompany } from './domain-spells-company.js';
import { isSharedHostDomain } from './normalize-domain.js';

/** What a row says about its company, as {@link chooseCompanyDomain} weighs it. */
export interface CompanyDomainEvidence {
  /** The company as written (cleaned) and its normalized key; absent for no company or a non-employer. */
  company?: { name: string; key: string };
  /** The website value and its registrable domain, when it has one. */
  website?: { value: string; domain: string };
  /** The domain of the row's first work email (free-mail and disposable ones have none); read only when needed. */
  emailDomain: () => string | undefined;
}

/** The company domain of a row, and an issue when its website was not taken as one. */
export interface CompanyDomainChoice {
  domain?: string;
  issue?: FieldIssue;
}

/**
 * Picks the company domain of a row: the website's domain, else the work email's. When the
 * website's domain clearly does not spell the company the row names:
 *
 * - the site is on a platform (`jane.wixsite.com`, `jane.github.io`, `google.com`; see
 *   `isSharedHostDomain`): it is reported, and the work email's domain is the company domain,
 *   or with no work email there is none, so the company is found by its name alone;
 * - there is no work email: no domain, and the website is reported, so the company is found by
 *   its name (a Cabify row with `personio.de` must not join Personio; the cost is that Block with
 *   `squareup.com` and no email gets no domain either);
 * - the work email's domain spells the company (`ana@cabify.com` beside `personio.de`): the
 *   email's domain is the company domain, and the website is reported;
 * - otherwise (a work email whose domain spells neither or is the website's: `Alphabet`,
 *   `abc.xyz`, `@google.com`): nothing contradicts the website, which stays the company domain.
 *
 * Without a company name, or when the spelling cannot be judged (see `domainSpellsCompany`), the
 * website's domain wins as before.
 *
 * @example chooseCompanyDomain({ company: { name: 'Cabify', key: 'cabify' }, website: { value: 'https://www.personio.de', domain: 'personio.de' }, emailDomain: () => 'cabify.com' })
 * // { domain: 'cabify.com', issue: { field: 'website', value: 'https://www.personio.de', reason: 'website personio.de does not match company Cabify: …' } }
 * @example chooseCompanyDomain({ company: { name: 'Volkswagen AG', key: 'volkswagen' }, website: { value: 'https://www.vw.de', domain: 'vw.de' }, emailDomain: () => undefined })
 * // { domain: 'vw.de' }
 */
export function chooseCompanyDomain(evidence: CompanyDomainEvidence): CompanyDomainChoice {
  const { company, website } = evidence;
  if (website === undefined) {
    const domain = evidence.emailDomain();
    return domain === undefined ? {} : { domain };
  }
  if (company === undefined || domainSpellsCompany(website.domain, company.key) !== false) return { domain: website.domain };
  const mismatch = `website ${website.domain} does not match company ${company.name}`;
  const emailDomain = evidence.emailDomain();
  if (isSharedHostDomain(website.domain)) {
    const onPlatform = `${mismatch} and is a site on a shared platform`;
    return emailDomain === undefined
      ? { issue: { field: 'website', value: website.value, reason: `${onPlatform}: kept as a value, not used as the company's domain` } }
      : { domain: emailDomain, issue: { field: 'website', value: website.value, reason: `${onPlatform}: ${emailDomain}, the work email's domain, is taken as the company domain` } };
  }
  if (emailDomain === undefined) {
    // Taking the site's domain here would link the contact to the company already holding it
    // (a Cabify row with personio.de joins Personio): the company is found by its name instead.
    return { issue: { field: 'website', value: website.value, reason: `${mismatch}: kept as a value, not used as the company's domain` } };
  }
  if (emailDomain !== website.domain && domainSpellsCompany(emailDomain, company.key) === true) {
    return {
      domain: emailDomain,
      issue: { field: 'website', value: website.value, reason: `${mismatch}: ${emailDomain}, the work email's domain, is taken as the company domain` },
    };
  }
  return { domain: website.domain };
}
