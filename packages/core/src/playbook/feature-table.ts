import type { ContactRecord } from '../contacts/contact.js';
import { contactFeatures } from './contact-features.js';
import type { ContactFeatures, FeatureValueMap, FitCompany } from './contact-features.js';
import { icpDimensions } from './playbook-schema.js';
import type { IcpDimension } from './playbook-schema.js';

/**
 * Contacts encoded once for fast re-scoring: per ICP dimension, a column of category codes (one
 * per contact) into that dimension's vocabulary of distinct values. Code 0 means unknown; code k is
 * `vocabularies[d][k - 1]`. A changed ICP then only re-scores the vocabularies, not the contacts.
 */
export interface FeatureTable {
  /** Number of contacts (rows). */
  readonly size: number;
  readonly columns: { readonly [D in IcpDimension]: Uint32Array };
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
  let capacity = Math.max(1, options.capacity ?? 1024);
  let size = 0;
  const columns = Object.fromEntries(icpDimensions.map((dimension) => [dimension, new Uint32Array(capacity)])) as Record<IcpDimension, Uint32Array>;
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
    if (size === capacity) {
      capacity *= 2;
      for (const dimension of icpDimensions) {
        const grown = new Uint32Array(capacity);
        grown.set(columns[dimension]);
        columns[dimension] = grown;
      }
    }
    for (const dimension of icpDimensions) columns[dimension][size] = encode(dimension, vocabularies, features);
    return size++;
  };

  return {
    add: (record, company) => addFeatures(contactFeatures(record, company)),
    addFeatures,
    build: () => ({
      size,
      columns: Object.fromEntries(icpDimensions.map((dimension) => [dimension, columns[dimension].slice(0, size)])) as Record<IcpDimension, Uint32Array>,
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
