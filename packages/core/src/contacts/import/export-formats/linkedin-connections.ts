import type { ExportFormat } from './export-format.js';

/**
 * LinkedIn `Connections.csv` (Settings → Data privacy → Get a copy of your data).
 * @see ../shared/data/exports/HEADERS.md §1 (header pinned in public fixtures)
 */
export const linkedinConnectionsFormat: ExportFormat = {
  id: 'linkedin-connections',
  label: 'LinkedIn Connections',
  markers: ['connected on'],
  columns: {
    'first name': 'firstName',
    'last name': 'lastName',
    url: 'linkedinUrl',
    'email address': 'email',
    company: 'company',
    position: 'title',
    'connected on': 'connectedOn',
  },
};
