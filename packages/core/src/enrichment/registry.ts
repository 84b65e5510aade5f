import type { EnrichmentProvider } from './enrichment-provider.js';
import { createAshbyProvider } from './providers/ashby/ashby-provider.js';
import { createGreenhouseProvider } from './providers/greenhouse/greenhouse-provider.js';
import { createLeverProvider } from './providers/lever/lever-provider.js';
import { createNewsProvider } from './providers/news/news-provider.js';
import { createWebsiteProvider } from './providers/website/website-provider.js';
import { createAresProvider } from './providers/ares/ares-provider.js';
import { createBrregProvider } from './providers/brreg/brreg-provider.js';
import { createIsirProvider } from './providers/isir/isir-provider.js';
import { createPersonProvider } from './providers/person/person-provider.js';
import { createPrhProvider } from './providers/prh/prh-provider.js';
import { createQcProvider } from './providers/qc/qc-provider.js';
import { createRechercheEntreprisesProvider } from './providers/recherche-entreprises/recherche-entreprises-provider.js';
import { createResearchProvider } from './providers/research/research-provider.js';

/** Settings every provider factory accepts; vendors may take more (API keys, a model). */
export interface EnrichmentProviderSettings {
  /** Base URL; default `COMPOUND_<ID>_URL` from `env`, else the vendor's public URL. */
  baseUrl?: string;
  /** Environment to read `COMPOUND_<ID>_URL` and keys from. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Builds one provider from its settings. */
export type EnrichmentProviderFactory = (settings?: EnrichmentProviderSettings) => EnrichmentProvider;

/**
 * Every provider by id: the ONLY place a vendor is listed. Adding a vendor is adding a folder under
 * `providers/` and one line here.
 */
export const enrichmentProviders: Readonly<Record<string, EnrichmentProviderFactory>> = {
  website: createWebsiteProvider,
  greenhouse: createGreenhouseProvider,
  lever: createLeverProvider,
  ashby: createAshbyProvider,
  news: createNewsProvider,
  ares: createAresProvider,
  isir: createIsirProvider,
  brreg: createBrregProvider,
  prh: createPrhProvider,
  'recherche-entreprises': createRechercheEntreprisesProvider,
  person: createPersonProvider,
  research: createResearchProvider,
  qc: createQcProvider,
};
