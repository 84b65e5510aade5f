import { z } from 'zod';
import type { JobFunction, Seniority } from '../contacts/contact.js';
import { geographyRegionNames, resolveCountry, resolveRegion } from './geography-regions.js';
import type { GeographyRegion } from './geography-regions.js';
import { canonicalTimeZone } from '../learning/events/zoned-clock.js';

const seniorities = ['c-level', 'vp', 'director', 'manager', 'ic'] as const satisfies readonly Seniority[];

const jobFunctions = [
  'executive', 'engineering', 'product', 'design', 'data', 'it', 'sales', 'marketing',
  'customer-success', 'operations', 'finance', 'hr', 'legal', 'other',
] as const satisfies readonly JobFunction[];

/** Spellings founders write for seniority bands (keys lower-cased, spaces and dashes removed). */
const seniorityAliases: Record<string, Seniority> = {
  clevel: 'c-level', csuite: 'c-level', cxo: 'c-level', executive: 'c-level', founder: 'c-level', owner: 'c-level',
  vp: 'vp', vicepresident: 'vp', svp: 'vp', evp: 'vp',
  director: 'director', head: 'director', headof: 'director',
  manager: 'manager', lead: 'manager',
  ic: 'ic', individualcontributor: 'ic', individual: 'ic', specialist: 'ic',
};

/** Spellings founders write for job functions. */
const functionAliases: Record<string, JobFunction> = {
  revops: 'operations', revenueoperations: 'operations', salesops: 'operations', ops: 'operations',
  customersuccess: 'customer-success', cs: 'customer-success', support: 'customer-success',
  humanresources: 'hr', people: 'hr', it: 'it', informationtechnology: 'it',
  bizdev: 'sales', businessdevelopment: 'sales', growth: 'marketing',
};

function aliasKey(value: string): string {
  return value.toLowerCase().replace(/[\s_\-.]/g, '');
}

function canonical<T extends string>(known: readonly T[], aliases: Record<string, T>) {
  return (value: unknown): unknown => {
    if (typeof value !== 'string') return value;
    const key = aliasKey(value);
    return known.find((item) => aliasKey(item) === key) ?? aliases[key] ?? value;
  };
}

const seniority = z.preprocess(canonical(seniorities, seniorityAliases), z.enum(seniorities));
const jobFunction = z.preprocess(canonical(jobFunctions, functionAliases), z.enum(jobFunctions));
const nonEmptyText = z.string().trim().min(1);
const textList = z.array(nonEmptyText);

/** Shared by every ICP dimension. */
const dimension = {
  /** Relative weight in the fit score (>= 0); 0 keeps the dimension as a filter or reason only. Default 1. */
  weight: z.number().min(0).default(1),
  /** Hard filter: a contact whose known value fails this dimension gets fit 0. Default false. */
  required: z.boolean().default(false),
};

const country = z.string().transform((value, context) => {
  const code = resolveCountry(value);
  if (!code) {
    context.addIssue({ code: 'custom', message: `unknown country '${value}' (use an ISO-2 code such as 'DE' or an English name)` });
    return z.NEVER;
  }
  return code;
});

const region = z.string().transform((value, context): GeographyRegion => {
  const resolved = resolveRegion(value);
  if (!resolved) {
    context.addIssue({ code: 'custom', message: `unknown region '${value}' (one of: ${geographyRegionNames.join(', ')})` });
    return z.NEVER;
  }
  return resolved;
});

/** The eight ICP dimensions; each is optional, an absent dimension is not scored. */
const icpSchema = z
  .strictObject({
    industry: z.strictObject({ ...dimension, include: textList.min(1), exclude: textList.default([]) }).optional(),
    companySize: z
      .strictObject({ ...dimension, min: z.number().int().min(0).optional(), max: z.number().int().min(1).optional() })
      .refine((size) => size.min !== undefined || size.max !== undefined, { message: 'set min, max or both' })
      .refine((size) => size.min === undefined || size.max === undefined || size.min <= size.max, {
        message: 'min must not exceed max',
      })
      .optional(),
    geography: z
      .strictObject({ ...dimension, countries: z.array(country).default([]), regions: z.array(region).default([]) })
      .refine((geo) => geo.countries.length + geo.regions.length > 0, { message: 'list at least one country or region' })
      .optional(),
    seniority: z.strictObject({ ...dimension, include: z.array(seniority).min(1) }).optional(),
    function: z.strictObject({ ...dimension, include: z.array(jobFunction).min(1) }).optional(),
    titleKeywords: z
      .strictObject({ ...dimension, include: textList.default([]), exclude: textList.default([]) })
      .refine((keywords) => keywords.include.length + keywords.exclude.length > 0, {
        message: 'list at least one keyword in include or exclude',
      })
      .optional(),
    technologies: z.strictObject({ ...dimension, include: textList.min(1) }).optional(),
    signals: z.strictObject({ ...dimension, include: textList.min(1) }).optional(),
  })
  .refine((icp) => Object.values(icp).some((entry) => entry !== undefined && (entry.weight > 0 || entry.required)), {
    message: 'configure at least one dimension with a weight above 0 or required: true',
  });

/**
 * The structured part of a playbook: who to sell to (ICP), how to recognise them (personas), and
 * what to say (angles). See examples/playbook.md for the file format.
 */
export const playbookSchema = z.strictObject({
  /** Display name, e.g. "Acme revenue intelligence — EU + NA". */
  name: nonEmptyText,
  /** The problem statement the product solves, in the founder's words. */
  problem: nonEmptyText,
  icp: icpSchema,
  /** Fit at or above which a contact counts as an ICP match. Default 0.6. */
  matchThreshold: z.number().min(0).max(1).default(0.6),
  personas: z
    .array(
      z.strictObject({
        name: nonEmptyText,
        description: nonEmptyText.optional(),
        seniority: z.array(seniority).default([]),
        function: z.array(jobFunction).default([]),
        titleKeywords: textList.default([]),
      }),
    )
    .default([]),
  angles: z.array(z.strictObject({ name: nonEmptyText, description: nonEmptyText })).default([]),
  /**
   * The user's time zone (IANA name, e.g. `Europe/Berlin`): send days and hours in insights and
   * timing are read on its clock, and past results' times written without an offset are taken in it.
   * Optional; the CLI then uses the machine's zone, the library UTC.
   */
  timeZone: z
    .string()
    .transform((name, context) => {
      const zone = canonicalTimeZone(name);
      if (zone === undefined) context.addIssue({ code: 'custom', message: 'expected an IANA time zone such as Europe/Berlin, America/New_York or UTC' });
      return zone ?? name;
    })
    .optional(),
  /** Prose around the structured block (filled by `parsePlaybook`). */
  narrative: z.string().optional(),
});

/** A validated playbook. */
export type Playbook = z.output<typeof playbookSchema>;

/** The ICP part of a playbook. */
export type Icp = Playbook['icp'];

/** Name of one of the eight ICP dimensions. */
export type IcpDimension = keyof Icp;

/** The eight ICP dimensions in scoring order (the order reasons are listed in). */
export const icpDimensions = [
  'industry',
  'companySize',
  'geography',
  'seniority',
  'function',
  'titleKeywords',
  'technologies',
  'signals',
] as const satisfies readonly IcpDimension[];

/**
 * Dimensions that describe the company (shared by its contacts). The fit sums these, then the
 * role dimensions, in this order; compiled re-scoring keeps the same grouping so both are equal.
 */
export const companyDimensions = ['industry', 'companySize', 'geography', 'technologies', 'signals'] as const satisfies readonly IcpDimension[];

/** Dimensions that describe the person's role. */
export const roleDimensions = ['seniority', 'function', 'titleKeywords'] as const satisfies readonly IcpDimension[];

/** A company-level ICP dimension. */
export type CompanyDimension = (typeof companyDimensions)[number];

/** A role-level ICP dimension. */
export type RoleDimension = (typeof roleDimensions)[number];
