/**
 * The base URL a provider calls: `settings.baseUrl`, else `COMPOUND_<ID>_URL` from the environment
 * (id upper-cased, `-` → `_`), else the vendor's public default. A trailing `/` is dropped.
 * @example providerBaseUrl('recherche-entreprises', 'https://recherche-entreprises.api.gouv.fr', {})
 *   // reads COMPOUND_RECHERCHE_ENTREPRISES_URL
 */
export function providerBaseUrl(
  id: string,
  defaultUrl: string,
  settings: { baseUrl?: string; env?: Readonly<Record<string, string | undefined>> } = {},
): string {
  const env = settings.env ?? process.env;
  const variable = `COMPOUND_${id.toUpperCase().replace(/-/g, '_')}_URL`;
  const chosen = settings.baseUrl ?? env[variable] ?? defaultUrl;
  return chosen.replace(/\/+$/, '');
}
