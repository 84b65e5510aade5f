import type { ExportFormat } from './export-format.js';

/**
 * lemlist leads/contacts export: camelCase headers.
 * @see ../shared/data/exports/HEADERS.md §7
 */
export const lemlistFormat: ExportFormat = {
  id: 'lemlist',
  label: 'lemlist',
  markers: ['companyname', 'leadstatus', 'addedtolemlist', 'emaildeliverability', 'icebreaker', 'companydomain', 'isactiveincampaigns'],
  columns: {
    email: 'email',
    firstname: 'firstName',
    lastname: 'lastName',
    companyname: 'company',
    jobtitle: 'title',
    phone: 'phone',
    linkedinurl: 'linkedinUrl',
    companydomain: 'website',
    icebreaker: 'custom:text',
    picture: 'custom:url',
    campaigns: 'custom:text',
    owner: 'custom:name',
    leadstatus: 'custom:text',
    emaildeliverability: 'custom:text',
  },
};
