import type { ContactRecord } from '../contacts/contact.js';
import { contactFeatures } from './contact-features.js';
import type { ContactFeatures, FeatureValueMap, FitCompany } from './contact-features.js';
import { companyDimensions, roleDimensions } from './playbook-schema.js';
import type { CompanyDimension, IcpDimension, RoleDimension } from './playbook-schema.js';

/**
 * Distinct combinations of some dimensions' codes ("profiles"): `columns[d][p]` is the code of
 * dimension d in profile p. Code 0 means unknown; code k is `vocabularies[d][k - 1]`.
 */
export interface ProfileColumns<D extends IcpDimension> {
  readonly count: number;
  readonly columns: { readonly [K in D]: Uint32Array };
}

/**
 * Contacts encoded once for fast re-scoring. Each contact row points to a company profile
 * (industry, size, country, technologies, signals: shared by a company's contacts) and a role
 * profile (seniority, function, title); each profile points into per-dimension vocabularies of
 * distinct values. A changed ICP re-scores vocabularies and profiles, then sums two lookups per row.
 */
export interface FeatureTable {
  /** Number of contacts (rows). */
  readonly size: number;
  /** Company profile code per row. */
  readonly companyCodes: Uint32Array;
  /** Role profile code per row. */
  readonly roleCodes: Uint32Array;
  readonly companyProfiles: ProfileColumns<CompanyDimension>;
  readonly roleProfiles: ProfileColumns<RoleDimension>;
  readonly vocabularies: { readonly [D in IcpDimension]: readonly FeatureValueMap[D][] };
}

/** Accumulates contacts into a {@link FeatureTable}. */
export interface FeatureTableBuilder {
  /** Encodes a contact (with its company's facts) and returns its row index. */
  add(record: ContactRecord, company?: FitCompany): number;
  /** Encodes already extracted features and returns the row index. */
  addFeatures(features: ContactFeatures): number;
  /** The table so far; the builder keeps working afterwards (later rows are not in this table). */
  build(): FeatureTable;
}

/** Options of {@link createFeatureTableBuilder}. */
export interface FeatureTableBuilderOptions {
  /** Rows to allocate up front; the columns grow by doubling beyond it. Default 1,024. */
  capacity?: number;
}

/** The identity of a value in its vocabulary: two values with one key always score the same. */
const vocabularyKey: { [D in IcpDimension]: (value: FeatureValueMap[D]) => string | number } = {
  industry: (value) => value.toLowerCase(),
  companySize: (value) => value,
  geography: (value) => value,
  seniority: (value) => value,
  function: (value) => value,
  titleKeywords: (value) => value.tokens.join(' '),
  technologies: (value) => value.map((entry) => entry.toLowerCase()).sort().join('\u0001'),
  signals: (value) => [...value].sort().join('\u0001'),
};

class Vocabulary<V> {
  readonly values: V[] = [];
  private readonly codes = new Map<string | number, number>();
  constructor(private readonly keyOf: (value: V) => string | number) {}

  code(value: V | undefined): number {
    if (value === undefined) return 0;
    const key = this.keyOf(value);
    let code = this.codes.get(key);
    if (code === undefined) {
      this.values.push(value);
      code = this.values.length;
      this.codes.set(key, code);
    }
    return code;
  }
}

/** A growable Uint32Array. */
class CodeColumn {
  values: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.values = new Uint32Array(capacity);
  }
  push(code: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = code;
  }
  snapshot(): Uint32Array {
    return this.values.slice(0, this.length);
  }
}

/** Interns combinations of dimension codes into profile codes (0-based). */
class ProfileIndex<D extends IcpDimension> {
  private readonly codes = new Map<string, number>();
  private readonly columns: Record<D, CodeColumn>;
  constructor(private readonly dimensions: readonly D[]) {
    this.columns = Object.fromEntries(dimensions.map((dimension) => [dimension, new CodeColumn(256)])) as Record<D, CodeColumn>;
  }
  code(dimensionCodes: readonly number[]): number {
    const key = dimensionCodes.join(',');
    let code = this.codes.get(key);
    if (code === undefined) {
      code = this.codes.size;
      this.codes.set(key, code);
      this.dimensions.forEach((dimension, position) => this.columns[dimension].push(dimensionCodes[position] ?? 0));
    }
    return code;
  }
  snapshot(): ProfileColumns<D> {
    const columns = Object.fromEntries(this.dimensions.map((dimension) => [dimension, this.columns[dimension].snapshot()])) as Record<D, Uint32Array>;
    return { count: this.codes.size, columns };
  }
}

type Vocabularies = { [D in IcpDimension]: Vocabulary<FeatureValueMap[D]> };

function encode<D extends IcpDimension>(dimension: D, vocabularies: Vocabularies, features: ContactFeatures): number {
  return vocabularies[dimension].code(features[dimension]);
}

/**
 * Creates a builder that encodes contacts into a columnar {@link FeatureTable}.
 *
 * @example
 * const builder = createFeatureTableBuilder({ capacity: contacts.length });
 * for (const { record, company } of contacts) builder.add(record, company);
 * const table = builder.build();
 */
export function createFeatureTableBuilder(options: FeatureTableBuilderOptions = {}): FeatureTableBuilder {
  const capacity = Math.max(1, options.capacity ?? 1024);
  const companyCodes = new CodeColumn(capacity);
  const roleCodes = new CodeColumn(capacity);
  const companyProfiles = new ProfileIndex(companyDimensions);
  const roleProfiles = new ProfileIndex(roleDimensions);
  const vocabularies: Vocabularies = {
    industry: new Vocabulary(vocabularyKey.industry),
    companySize: new Vocabulary(vocabularyKey.companySize),
    geography: new Vocabulary(vocabularyKey.geography),
    seniority: new Vocabulary(vocabularyKey.seniority),
    function: new Vocabulary(vocabularyKey.function),
    titleKeywords: new Vocabulary(vocabularyKey.titleKeywords),
    technologies: new Vocabulary(vocabularyKey.technologies),
    signals: new Vocabulary(vocabularyKey.signals),
  };

  const addFeatures = (features: ContactFeatures): number => {
    companyCodes.push(companyProfiles.code(companyDimensions.map((dimension) => encode(dimension, vocabularies, features))));
    roleCodes.push(roleProfiles.code(roleDimensions.map((dimension) => encode(dimension, vocabularies, features))));
    return companyCodes.length - 1;
  };

  return {
    add: (record, company) => addFeatures(contactFeatures(record, company)),
    addFeatures,
    build: () => ({
      size: companyCodes.length,
      companyCodes: companyCodes.snapshot(),
      roleCodes: roleCodes.snapshot(),
      companyProfiles: companyProfiles.snapshot(),
      roleProfiles: roleProfiles.snapshot(),
      vocabularies: {
        industry: [...vocabularies.industry.values],
        companySize: [...vocabularies.companySize.values],
        geography: [...vocabularies.geography.values],
        seniority: [...vocabularies.seniority.values],
        function: [...vocabularies.function.values],
        titleKeywords: [...vocabularies.titleKeywords.values],
        technologies: [...vocabularies.technologies.values],
        signals: [...vocabularies.signals.values],
      },
    }),
  };
}
