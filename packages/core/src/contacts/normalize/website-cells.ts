import { canonicalLinkedinCompanyUrl, canonicalLinkedinUrl } from './canonical-linkedin-url.js';
import { domainFromWebsite } from './normalize-domain.js';
import { isTrimmedPlaceholder } from './is-placeholder-value.js';

/** A row's website cells, sorted: the website itself, and the LinkedIn pages pasted as websites. */
export interface WebsiteCells {
  /** The first value with a company domain, else the first value that is not a LinkedIn page. */
  website?: string;
  /** LinkedIn profile URLs (`linkedin.com/in/…`), as written. */
  profiles: string[];
  /** LinkedIn company page URLs (`linkedin.com/company/…`), as written. */
  companyPages: string[];
}

const multiValueSeparator = ' ::: ';

/**
 * Sorts the values of a row's website columns. Address books keep a person's LinkedIn profile
 * among their websites (Google Contacts' `Website 1 - Value`, labelled `Profile` or `LinkedIn`),
 * often beside the company's site; a LinkedIn profile is the person's LinkedIn URL, and a company
 * page is the company's. Google's ` ::: ` multi-values are split. Blank and placeholder values are
 * skipped.
 *
 * @example sortWebsiteCells(['https://www.linkedin.com/in/ada', 'https://engines.example'])
 * // { website: 'https://engines.example', profiles: ['https://www.linkedin.com/in/ada'], companyPages: [] }
 */
export function sortWebsiteCells(cells: readonly string[] | undefined): WebsiteCells {
  const result: WebsiteCells = { profiles: [], companyPages: [] };
  if (cells === undefined) return result;
  const others: string[] = [];
  for (const cell of cells) {
    for (const part of cell.includes(multiValueSeparator) ? cell.split(multiValueSeparator) : [cell]) {
      const value = part.trim();
      if (value.length === 0 || isTrimmedPlaceholder(value)) continue;
      if (canonicalLinkedinUrl(value) !== undefined) result.profiles.push(value);
      else if (canonicalLinkedinCompanyUrl(value) !== undefined) result.companyPages.push(value);
      else others.push(value);
    }
  }
  const website = others.find((value) => domainFromWebsite(value) !== undefined) ?? others[0];
  if (website !== undefined) result.website = website;
  return result;
}
