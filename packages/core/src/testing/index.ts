export { seededRandom } from './seeded-random.js';
export type { SeededRandom } from './seeded-random.js';
export { createFixedClock } from './create-fixed-clock.js';
export type { FixedClock } from './create-fixed-clock.js';
export { contactHeader, defaultContactColumns, generateContacts, iterateContacts } from './generate-contacts.js';
export type {
  ContactSource,
  GenerateContactsOptions,
  GeneratedContact,
  GeneratedContacts,
  GeneratedField,
} from './generate-contacts.js';
export { writeContactsCsv } from './write-contacts-csv.js';
export type { WriteContactsCsvResult } from './write-contacts-csv.js';
export { formatCsvRow } from './format-csv-row.js';
export { createMockEnrichmentProvider } from './mock-enrichment-provider.js';
export type { MockEnrichmentProvider, MockEnrichmentProviderOptions } from './mock-enrichment-provider.js';
