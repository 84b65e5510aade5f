/**
 * Words for synthetic companies and jobs: company name parts, LinkedIn-style industries, job
 * titles (with their written variants), technologies and notes.
 * @internal
 */
import type { JobFunction, Seniority } from '../contacts/contact.js';

const list = (text: string): string[] => text.split(',').map((word) => word.trim());

/** First halves of invented company names. */
export const companyStems = list(
  'North, Blue, Bright, Silver, Iron, Cloud, Data, Quantum, Green, Red, Apex, Nova, Stellar, Lumen, Vertex, Pixel, Peak, River, Stone, Oak, Maple, Cedar, Atlas, Orbit, Signal, Beacon, Harbor, Summit, Swift, Clear, True, Open, Deep, Fair, Kind, Pure, Bold, Prime, Core, Bridge, Arc, Flux, Spark, Zen, Echo, Helix, Nimbus, Polar, Solar, Terra, Vivid, Wave, Alpine, Amber, Crest, Delta, Ember, Falcon, Granite, Hawk, Indigo, Juniper, Kestrel, Lark, Meadow, Nordic, Onyx, Pine, Quartz, Raven, Sage, Tidal, Vale, Willow, Zephyr, Cobalt, Lighthouse, Fjord, Copper, Elm',
);

/** Second halves of invented company names, joined without a space (`North` + `flow`). */
export const companyEndings = list(
  'labs, works, soft, ly, hub, stack, base, flow, point, ware, logic, metrics, scale, grid, loop, path, forge, mind, sense, line, bit, cast, desk, field, gate, lane, leaf, mark, nest, pay, pulse, ship, shift, sight, sync, trail, vault, yard, wise, ify',
);

/** Words appended after a two-word company name, by industry family. */
export const companyDescriptors: Readonly<Record<string, readonly string[]>> = {
  software: ['Software', 'Technologies', 'Systems', 'Analytics', 'Labs', 'Cloud', 'AI', 'Digital'],
  finance: ['Capital', 'Payments', 'Finance', 'Bank', 'Partners', 'Financial'],
  general: ['Group', 'Solutions', 'Partners', 'Consulting', 'Industries', 'Holding'],
  retail: ['Retail', 'Foods', 'Stores', 'Fashion', 'Brands', 'Home'],
  industry: ['Manufacturing', 'Engineering', 'Logistics', 'Materials', 'Automation', 'Energy'],
  health: ['Health', 'Medical', 'Care', 'Clinics', 'Pharma', 'Bio'],
};

/** A LinkedIn-style industry label, its family (for company naming) and whether it is B2B software/fintech. */
export interface IndustryProfile {
  label: string;
  family: keyof typeof companyDescriptors;
  software: boolean;
  weight: number;
}

/** Industries, with the share of companies in each (general population, not the software-heavy profile). */
export const industries: readonly IndustryProfile[] = [
  { label: 'Computer Software', family: 'software', software: true, weight: 10 },
  { label: 'Information Technology and Services', family: 'software', software: true, weight: 10 },
  { label: 'Internet', family: 'software', software: true, weight: 5 },
  { label: 'Financial Services', family: 'finance', software: true, weight: 6 },
  { label: 'Banking', family: 'finance', software: false, weight: 3 },
  { label: 'Marketing and Advertising', family: 'general', software: false, weight: 7 },
  { label: 'Management Consulting', family: 'general', software: false, weight: 5 },
  { label: 'Retail', family: 'retail', software: false, weight: 8 },
  { label: 'Consumer Goods', family: 'retail', software: false, weight: 4 },
  { label: 'Manufacturing', family: 'industry', software: false, weight: 8 },
  { label: 'Logistics and Supply Chain', family: 'industry', software: false, weight: 5 },
  { label: 'Automotive', family: 'industry', software: false, weight: 3 },
  { label: 'Hospital & Health Care', family: 'health', software: false, weight: 6 },
  { label: 'Pharmaceuticals', family: 'health', software: false, weight: 3 },
  { label: 'Education Management', family: 'general', software: false, weight: 4 },
  { label: 'Real Estate', family: 'general', software: false, weight: 4 },
  { label: 'Staffing and Recruiting', family: 'general', software: false, weight: 3 },
  { label: 'Telecommunications', family: 'software', software: false, weight: 2 },
  { label: 'Non-Profit Organization Management', family: 'general', software: false, weight: 2 },
];

/** A job title with its written variants, seniority and function. */
export interface TitleProfile {
  /** Written variants; the first is the most common. */
  variants: readonly string[];
  seniority: Seniority;
  function: JobFunction;
  /** Relative frequency in the general population. */
  weight: number;
}

const title = (
  variants: string,
  seniority: Seniority,
  jobFunction: JobFunction,
  weight: number,
): TitleProfile => ({ variants: variants.split('|'), seniority, function: jobFunction, weight });

/** Go-to-market leadership titles: sales, marketing and revenue operations at director level and up. */
export const leadershipTitles: readonly TitleProfile[] = [
  title('VP Sales|VP of Sales|Vice President, Sales|Vice President of Sales|VP, Sales', 'vp', 'sales', 4),
  title('VP Marketing|VP of Marketing|Vice President Marketing|VP, Marketing', 'vp', 'marketing', 3),
  title('VP Revenue Operations|VP RevOps|VP of Revenue Operations', 'vp', 'operations', 1),
  title('Chief Revenue Officer|CRO|Chief Revenue Officer (CRO)', 'c-level', 'sales', 2),
  title('Chief Marketing Officer|CMO', 'c-level', 'marketing', 2),
  title('Head of Sales|Head of Sales EMEA|Sales Lead', 'director', 'sales', 4),
  title('Head of Marketing|Head of Growth Marketing|Marketing Lead', 'director', 'marketing', 4),
  title('Director of Sales|Sales Director|Director, Sales', 'director', 'sales', 3),
  title('Marketing Director|Director of Marketing|Director, Marketing', 'director', 'marketing', 3),
  title('Head of Revenue Operations|Head of RevOps|Director of RevOps|Director, Revenue Operations', 'director', 'operations', 2),
  title('Head of Demand Generation|Demand Gen Director|Director of Demand Generation', 'director', 'marketing', 1),
  title('Director of Sales Development|Head of SDR|Head of Business Development', 'director', 'sales', 1),
];

/** Every other title. */
export const otherTitles: readonly TitleProfile[] = [
  title('CEO & Founder|Founder & CEO|CEO|Co-Founder & CEO|CEO and Founder', 'c-level', 'executive', 5),
  title('CTO|Chief Technology Officer|CTO & Co-Founder', 'c-level', 'engineering', 2),
  title('CFO|Chief Financial Officer', 'c-level', 'finance', 2),
  title('COO|Chief Operating Officer', 'c-level', 'operations', 1),
  title('Managing Director|Geschäftsführer|MD', 'c-level', 'executive', 2),
  title('Owner|Founder|Co-Founder', 'c-level', 'executive', 2),
  title('VP Engineering|VP of Engineering', 'vp', 'engineering', 1),
  title('VP Product|VP of Product', 'vp', 'product', 1),
  title('Software Engineer|Senior Software Engineer|Software Developer|Sr. Software Engineer', 'ic', 'engineering', 10),
  title('Engineering Manager|Software Engineering Manager', 'manager', 'engineering', 2),
  title('Product Manager|Senior Product Manager|Product Owner', 'manager', 'product', 4),
  title('Data Scientist|Senior Data Scientist|Data Analyst', 'ic', 'data', 3),
  title('Account Executive|Senior Account Executive|Enterprise Account Executive|AE', 'ic', 'sales', 6),
  title('Sales Development Representative|SDR|Business Development Representative|BDR', 'ic', 'sales', 4),
  title('Sales Manager|Regional Sales Manager|Area Sales Manager', 'manager', 'sales', 4),
  title('Marketing Manager|Senior Marketing Manager|Product Marketing Manager', 'manager', 'marketing', 4),
  title('Content Marketing Specialist|Content Manager|Marketing Specialist', 'ic', 'marketing', 2),
  title('Customer Success Manager|CSM|Senior Customer Success Manager', 'manager', 'customer-success', 3),
  title('Operations Manager|Head of Operations', 'manager', 'operations', 3),
  title('HR Manager|People Partner|Talent Acquisition Manager|Recruiter', 'manager', 'hr', 3),
  title('Financial Analyst|Controller|Accountant', 'ic', 'finance', 3),
  title('Office Manager|Executive Assistant', 'ic', 'operations', 2),
  title('Product Designer|UX Designer|Senior UX Designer', 'ic', 'design', 2),
  title('IT Manager|System Administrator|IT Director', 'manager', 'it', 2),
  title('Legal Counsel|General Counsel', 'manager', 'legal', 1),
  title('Consultant|Senior Consultant|Management Consultant', 'ic', 'other', 3),
  title('Store Manager|Plant Manager|Logistics Coordinator|Nurse|Teacher', 'ic', 'other', 3),
];

/** Sales and marketing tools seen in technographic data; the first ones are CRMs. */
export const crmTechnologies = ['HubSpot', 'Salesforce'] as const;

/** Other technologies companies use. */
export const otherTechnologies = list(
  'Outreach, Salesloft, Gong, Marketo, Pardot, Intercom, Zendesk, Segment, Snowflake, Stripe, Shopify, Google Analytics, Slack, Jira, AWS, Pipedrive, Mailchimp, Apollo, ZoomInfo, LinkedIn Sales Navigator, Notion, Microsoft Dynamics 365, SAP, Zoho CRM',
);
