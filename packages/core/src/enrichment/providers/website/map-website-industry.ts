/** Industries the triage stage names (also the only answers accepted from a model). */
export const websiteIndustries = [
  'software',
  'developer-tools',
  'cybersecurity',
  'financial-services',
  'healthcare',
  'ecommerce-retail',
  'manufacturing',
  'logistics',
  'education',
  'real-estate',
  'marketing-advertising',
  'hr-recruiting',
  'legal',
  'energy',
  'travel-hospitality',
  'professional-services',
  'telecommunications',
  'automotive',
  'food-beverage',
  'media-entertainment',
  'nonprofit',
] as const;

/** One of `websiteIndustries`. */
export type WebsiteIndustry = (typeof websiteIndustries)[number];

/** An industry and how many of its keywords the text mentions. */
export interface IndustryHint {
  industry: WebsiteIndustry;
  score: number;
  /** Keywords found, each once. */
  keywords: string[];
}

// Words and phrases typical of each industry's own marketing pages (chosen by hand; an industry is a
// hint only when two or more mentions agree).
const industryKeywords: Record<WebsiteIndustry, readonly string[]> = {
  software: ['saas', 'software', 'platform', 'cloud', 'dashboard', 'integrations', 'api', 'workflow', 'automation', 'app'],
  'developer-tools': ['developers', 'developer', 'deploy', 'deployment', 'sdk', 'open source', 'ci/cd', 'infrastructure', 'frontend', 'backend', 'devops'],
  cybersecurity: ['security', 'threat', 'vulnerability', 'zero trust', 'siem', 'endpoint protection', 'compliance', 'soc 2', 'encryption'],
  'financial-services': ['bank', 'banking', 'payments', 'lending', 'loans', 'insurance', 'fintech', 'investment', 'wealth', 'credit', 'accounting'],
  healthcare: ['health', 'healthcare', 'patients', 'clinical', 'medical', 'hospital', 'pharma', 'therapy', 'care'],
  'ecommerce-retail': ['shop', 'store', 'ecommerce', 'e-commerce', 'retail', 'checkout', 'products', 'shipping', 'cart'],
  manufacturing: ['manufacturing', 'factory', 'production', 'industrial', 'machinery', 'components', 'oem', 'precision'],
  logistics: ['logistics', 'freight', 'shipping', 'warehouse', 'fleet', 'supply chain', 'delivery', 'transport'],
  education: ['education', 'learning', 'students', 'courses', 'teachers', 'school', 'university', 'training'],
  'real-estate': ['real estate', 'property', 'properties', 'rental', 'mortgage', 'tenants', 'landlords'],
  'marketing-advertising': ['marketing', 'advertising', 'campaigns', 'seo', 'brand', 'agency', 'ads', 'leads'],
  'hr-recruiting': ['hiring', 'recruiting', 'recruitment', 'payroll', 'employees', 'hr', 'talent', 'onboarding'],
  legal: ['legal', 'law firm', 'lawyers', 'attorneys', 'contracts', 'litigation'],
  energy: ['energy', 'solar', 'renewable', 'electricity', 'grid', 'battery', 'oil', 'gas'],
  'travel-hospitality': ['travel', 'hotel', 'hotels', 'booking', 'flights', 'hospitality', 'tourism', 'restaurant'],
  'professional-services': ['consulting', 'consultancy', 'advisory', 'services', 'outsourcing', 'audit'],
  telecommunications: ['telecom', 'mobile network', '5g', 'broadband', 'connectivity', 'isp'],
  automotive: ['automotive', 'vehicles', 'cars', 'ev', 'dealership', 'mobility'],
  'food-beverage': ['food', 'beverage', 'restaurant', 'coffee', 'brewery', 'recipes', 'catering'],
  'media-entertainment': ['media', 'news', 'entertainment', 'streaming', 'music', 'games', 'gaming', 'publishing'],
  nonprofit: ['nonprofit', 'non-profit', 'charity', 'donate', 'foundation', 'volunteers'],
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const keywordPatterns = new Map<WebsiteIndustry, Array<{ keyword: string; pattern: RegExp }>>(
  websiteIndustries.map((industry) => [industry, industryKeywords[industry].map((keyword) => ({ keyword, pattern: new RegExp(`(?<![\\w-])${escape(keyword)}(?![\\w-])`, 'gi') }))]),
);

/**
 * Scores industries by keyword mentions in page text (each keyword counts at most 3 times, so one
 * repeated word does not decide). Hints with a score under 2 are dropped; best first.
 * @example scoreWebsiteIndustries('Deploy your frontend. Developers love our platform and API.')[0]?.industry // 'developer-tools'
 */
export function scoreWebsiteIndustries(text: string): IndustryHint[] {
  const hints: IndustryHint[] = [];
  for (const industry of websiteIndustries) {
    let score = 0;
    const keywords: string[] = [];
    for (const { keyword, pattern } of keywordPatterns.get(industry) ?? []) {
      const count = Math.min(3, text.match(pattern)?.length ?? 0);
      if (count > 0) {
        score += count;
        keywords.push(keyword);
      }
    }
    if (score >= 2) hints.push({ industry, score, keywords });
  }
  return hints.sort((a, b) => b.score - a.score || websiteIndustries.indexOf(a.industry) - websiteIndustries.indexOf(b.industry));
}
