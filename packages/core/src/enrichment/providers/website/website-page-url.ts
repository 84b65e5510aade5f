/**
 * The URL of a page of a company's site under a base-URL template: `https://{domain}` by default;
 * `COMPOUND_WEBSITE_URL=http://127.0.0.1:4000` sends every site's pages to one local server (the
 * origin is replaced), and `http://127.0.0.1:4000/sites/{domain}` keeps sites apart on it.
 * @example websitePageUrl('https://{domain}', 'acme.cz', '/about') // 'https://acme.cz/about'
 */
export function websitePageUrl(baseUrl: string, domain: string, path: string): string {
  const base = baseUrl.includes('{domain}') ? baseUrl.replaceAll('{domain}', domain.toLowerCase()) : baseUrl;
  return `${base.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
