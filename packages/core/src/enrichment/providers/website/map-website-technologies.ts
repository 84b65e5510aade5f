/** What a technology is used for. */
export type WebsiteTechnologyCategory = 'analytics' | 'tag-manager' | 'cms' | 'chat' | 'payments' | 'framework' | 'marketing-automation';

/** A technology recognised in a page's markup. */
export interface WebsiteTechnology {
  name: string;
  category: WebsiteTechnologyCategory;
  /** The markup signature that matched (for provenance and debugging). */
  evidence: string;
}

interface TechnologySignature {
  name: string;
  category: WebsiteTechnologyCategory;
  /** Any one of these in the raw HTML identifies it. Case-insensitive. */
  patterns: RegExp[];
}

/**
 * Markup signatures: script hosts, global object names and generator tags each vendor's snippet
 * installs, as documented in their install guides (e.g. GA4's `googletagmanager.com/gtag/js`,
 * Segment's `cdn.segment.com/analytics.js`, Intercom's `widget.intercom.io`, Next.js's `__NEXT_DATA__`).
 */
export const websiteTechnologySignatures: readonly TechnologySignature[] = [
  { name: 'Google Analytics', category: 'analytics', patterns: [/googletagmanager\.com\/gtag\/js/i, /google-analytics\.com\/(analytics|ga)\.js/i, /\bgtag\(\s*['"]config['"]\s*,\s*['"](G|UA)-/i] },
  { name: 'Segment', category: 'analytics', patterns: [/cdn\.segment\.com\/analytics\.js/i, /cdn\.segment\.io/i] },
  { name: 'Mixpanel', category: 'analytics', patterns: [/cdn(?:4)?\.mxpnl\.com/i, /\bmixpanel\.init\(/i, /mixpanel-[\d.-]+\.min\.js/i] },
  { name: 'Amplitude', category: 'analytics', patterns: [/cdn\.amplitude\.com/i, /\bamplitude\.getInstance\(/i, /\bamplitude\.init\(/i] },
  { name: 'Plausible', category: 'analytics', patterns: [/plausible\.io\/js\//i, /data-domain=["'][^"']+["'][^>]*plausible/i] },
  { name: 'Google Tag Manager', category: 'tag-manager', patterns: [/googletagmanager\.com\/gtm\.js/i, /googletagmanager\.com\/ns\.html\?id=GTM-/i] },
  { name: 'WordPress', category: 'cms', patterns: [/\/wp-content\//i, /\/wp-includes\//i, /<meta[^>]+generator[^>]+WordPress/i] },
  { name: 'Webflow', category: 'cms', patterns: [/<html[^>]+data-wf-(site|page)=/i, /assets\.website-files\.com/i, /<meta[^>]+generator[^>]+Webflow/i] },
  { name: 'Wix', category: 'cms', patterns: [/static\.wixstatic\.com/i, /<meta[^>]+generator[^>]+Wix\.com/i, /static\.parastorage\.com/i] },
  { name: 'Squarespace', category: 'cms', patterns: [/static1\.squarespace\.com/i, /<!-- This is Squarespace\. -->/i, /assets\.squarespace\.com/i] },
  { name: 'HubSpot CMS', category: 'cms', patterns: [/<meta[^>]+generator[^>]+HubSpot/i, /\/hs-fs\/hubfs\//i, /\/hubfs\//i] },
  { name: 'Contentful', category: 'cms', patterns: [/images\.ctfassets\.net/i, /(videos|assets|downloads)\.ctfassets\.net/i] },
  { name: 'Intercom', category: 'chat', patterns: [/widget\.intercom\.io/i, /js\.intercomcdn\.com/i, /\bwindow\.intercomSettings\b/i] },
  { name: 'Drift', category: 'chat', patterns: [/js\.driftt\.com/i, /\bdrift\.load\(/i] },
  { name: 'Zendesk', category: 'chat', patterns: [/static\.zdassets\.com/i, /\bzE\(\s*['"]webWidget/i] },
  { name: 'HubSpot Chat', category: 'chat', patterns: [/js\.usemessages\.com/i] },
  { name: 'Crisp', category: 'chat', patterns: [/client\.crisp\.chat/i, /\bCRISP_WEBSITE_ID\b/] },
  { name: 'Stripe', category: 'payments', patterns: [/js\.stripe\.com/i] },
  { name: 'Paddle', category: 'payments', patterns: [/cdn\.paddle\.com\/paddle/i, /\bPaddle\.Setup\(/i, /\bPaddle\.Initialize\(/i] },
  { name: 'Chargebee', category: 'payments', patterns: [/js\.chargebee\.com/i, /\bChargebee\.init\(/i] },
  { name: 'Next.js', category: 'framework', patterns: [/<script[^>]+id=["']__NEXT_DATA__["']/i, /\/_next\/static\//i] },
  { name: 'Nuxt', category: 'framework', patterns: [/\bwindow\.__NUXT__\b/i, /\/_nuxt\//i, /<div[^>]+id=["']__nuxt["']/i] },
  { name: 'Gatsby', category: 'framework', patterns: [/<div[^>]+id=["']___gatsby["']/i, /<meta[^>]+generator[^>]+Gatsby/i] },
  { name: 'React', category: 'framework', patterns: [/\bdata-reactroot\b/i, /react(-dom)?(\.production)?\.min\.js/i, /<script[^>]+id=["']__NEXT_DATA__["']/i, /<div[^>]+id=["']___gatsby["']/i] },
  { name: 'Vue', category: 'framework', patterns: [/\bdata-v-[0-9a-f]{8}\b/i, /vue(\.runtime)?(\.global)?(\.prod)?(\.min)?\.js/i, /\bwindow\.__NUXT__\b/i] },
  { name: 'Angular', category: 'framework', patterns: [/\bng-version=["'][\d.]+["']/i, /\bng-app\b/i, /<app-root\b/i] },
  { name: 'HubSpot', category: 'marketing-automation', patterns: [/js\.hs-scripts\.com/i, /js\.hsforms\.net/i, /js\.hs-analytics\.net/i, /js\.hs-banner\.com/i] },
  { name: 'Salesforce Pardot', category: 'marketing-automation', patterns: [/pi\.pardot\.com/i, /\bpiAId\s*=/, /go\.pardot\.com/i] },
  { name: 'Marketo', category: 'marketing-automation', patterns: [/munchkin\.marketo\.net/i, /\bMunchkin\.init\(/i, /\/js\/forms2\/js\/forms2(\.min)?\.js/i] },
];

/**
 * The technologies whose markup signatures appear in an HTML page, in table order, each once.
 * @example detectWebsiteTechnologies('<script src="https://js.stripe.com/v3"></script>') // [{ name: 'Stripe', category: 'payments', … }]
 */
export function detectWebsiteTechnologies(html: string): WebsiteTechnology[] {
  const found: WebsiteTechnology[] = [];
  for (const signature of websiteTechnologySignatures) {
    for (const pattern of signature.patterns) {
      const match = pattern.exec(html);
      if (match !== null) {
        found.push({ name: signature.name, category: signature.category, evidence: match[0].slice(0, 80) });
        break;
      }
    }
  }
  return found;
}
