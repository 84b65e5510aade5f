/**
 * The contact model shared by import, normalization, dedup, fit and storage.
 * Plain data; no I/O.
 */

/** Canonical fields a source column can map to. Several columns may map to `email` and `phone`. */
export const contactFields = [
  'fullName',
  'firstName',
  'middleName',
  'lastName',
  'honorific',
  'nameSuffix',
  'email',
  'phone',
  'company',
  'title',
  'department',
  'seniority',
  'linkedinUrl',
  'website',
  'companyLinkedinUrl',
  'street',
  'city',
  'region',
  'postcode',
  'country',
  'location',
  'industry',
  'employees',
  'technologies',
  'notes',
  'tags',
  'externalId',
  'connectedOn',
  'birthDate',
] as const;

/** A canonical contact field. */
export type ContactField = (typeof contactFields)[number];

/**
 * Types for custom (unmapped) columns, chosen by `--field col:type` or by content sniffing. Dedup
 * picks a comparator by type.
 */
export const fieldTypes = ['name', 'email', 'phone', 'address', 'postcode', 'date', 'id', 'text', 'url'] as const;

/** A custom column's type. */
export type FieldType = (typeof fieldTypes)[number];

/** Seniority band from a job title: C-level, VP, Head/Director, Manager, individual contributor. */
export type Seniority = 'c-level' | 'vp' | 'director' | 'manager' | 'ic';

/** Business function from a job title or department. */
export type JobFunction =
  | 'executive'
  | 'engineering'
  | 'product'
  | 'design'
  | 'data'
  | 'it'
  | 'sales'
  | 'marketing'
  | 'customer-success'
  | 'operations'
  | 'finance'
  | 'hr'
  | 'legal'
  | 'other';

/** A column that was not mapped to a canonical field: kept, typed, never thrown away. */
export interface CustomValue {
  value: string;
  type: FieldType;
}

/**
 * One input row after column mapping and before normalization: raw strings per canonical field
 * (in column order), plus custom columns.
 */
export interface MappedRow {
  fields: Partial<Record<ContactField, string[]>>;
  custom: Record<string, CustomValue>;
}

/** An email address with its quality flags. */
export interface EmailInfo {
  /** Lower-cased, trimmed address. */
  address: string;
  /** Passed the syntax check. */
  valid: boolean;
  /** A role mailbox such as info@, sales@, support@. */
  role: boolean;
  /** A free-mail provider such as gmail.com. */
  free: boolean;
  /** A disposable-mail provider. */
  disposable: boolean;
}

/** A problem with one field of one row that did not reject the row. */
export interface FieldIssue {
  field: string;
  value: string;
  reason: string;
}

/** A normalized contact record: what dedup, fit and storage work on. */
export interface ContactRecord {
  fullName?: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  honorific?: string;
  nameSuffix?: string;
  /** Every email, primary first. */
  emails: EmailInfo[];
  /** Phones in E.164 where parseable; unparseable ones are reported as issues, not kept here. */
  phones: string[];
  /** Company display name, cleaned (trimmed, casing kept). */
  company?: string;
  /** Company name for matching: lower-case, legal suffix and punctuation removed. */
  companyKey?: string;
  /** Registrable company domain (from website or a non-free email). */
  domain?: string;
  website?: string;
  title?: string;
  department?: string;
  seniority?: Seniority;
  function?: JobFunction;
  /** Canonical `https://www.linkedin.com/in/<slug>`. */
  linkedinUrl?: string;
  /** Lower-cased, percent-decoded profile slug. */
  linkedinSlug?: string;
  /** Canonical `https://www.linkedin.com/company/<slug>` of the employer. */
  companyLinkedinUrl?: string;
  street?: string;
  city?: string;
  region?: string;
  postcode?: string;
  /** ISO 3166-1 alpha-2 when recognised, else the raw value. */
  country?: string;
  industry?: string;
  employees?: number;
  technologies: string[];
  tags: string[];
  notes?: string;
  externalId?: string;
  connectedOn?: string;
  /** ISO date (YYYY-MM-DD) when parseable. */
  birthDate?: string;
  custom: Record<string, CustomValue>;
  issues: FieldIssue[];
}

/** Where a value came from: an import file row, or a user edit. */
export interface Provenance {
  /** `import` for a file row, `user` for an edit, or a provider/connector id. */
  source: string;
  importId?: string;
  file?: string;
  /** 1-based data row number in that file. */
  row?: number;
  at: string;
}

/** Why two records were merged. */
export interface MergeReason {
  /** Exact keys both records share, e.g. `email`, `linkedin`, `phone`. */
  keys: string[];
  /** Match probability (or 1 for an exact key). */
  score: number;
  /** Per-field evidence, e.g. `{ lastName: 'similar 0.93', city: 'equal' }`. */
  evidence: Record<string, string>;
}
