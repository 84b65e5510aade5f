import { apolloFormat } from './apollo.js';
import { compoundExportFormat } from './compound.js';
import type { ExportFormat } from './export-format.js';
import { googleContactsFormat, googleContactsLegacyFormat } from './google-contacts.js';
import { hubspotFormat } from './hubspot.js';
import { lemlistFormat } from './lemlist.js';
import { linkedinConnectionsFormat } from './linkedin-connections.js';
import { outlookComFormat, outlookDesktopFormat } from './outlook.js';
import { outlookGermanFormat } from './outlook-german.js';
import { salesforceApiFormat, salesforceReportFormat } from './salesforce.js';

/** Every export format Compound recognizes. Adding a vendor adds one file and one line here. */
export const exportFormats: readonly ExportFormat[] = [
  linkedinConnectionsFormat,
  googleContactsFormat,
  googleContactsLegacyFormat,
  outlookDesktopFormat,
  outlookComFormat,
  outlookGermanFormat,
  hubspotFormat,
  salesforceApiFormat,
  salesforceReportFormat,
  apolloFormat,
  lemlistFormat,
  compoundExportFormat,
];
