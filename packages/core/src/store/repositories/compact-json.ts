import type { Provenance } from '../../contacts/contact.js';
import type { FieldValues, SourcedValue, StoredFitReason } from '../store.js';

/**
 * Compact stored forms of the bulky JSON columns. A 100k-contact import wrote ~4.5 KB per contact,
 * mostly a full Provenance object repeated for every value of every field and field names repeated
 * in every fit reason; PGlite ingests JSON at a few tens of MB/s, so bytes are seconds.
 *
 * - `values`: each entry is `[value, sourceIndex]`, the index pointing into the owner's `sources`
 *   array. An entry whose provenance is not in `sources` is stored as `[value, provenance]`.
 * - `fit_reasons`: each reason is `[dimension, score, weight, matched, text]`.
 * - import rows' `raw`: the cells as an array, in the order of the header stored once per import.
 *
 * Decoders also accept the plain forms (`{ value, source }` entries, reason objects, raw objects),
 * so rows written before this encoding read back unchanged.
 * @internal
 */
export type CompactSourcedValue = [string, number | Provenance];

/** Stored form of `FieldValues`. @internal */
export type CompactFieldValues = Record<string, Array<CompactSourcedValue | SourcedValue>>;

/** Stored form of one fit reason. @internal */
export type CompactFitReason = [string, number, number, boolean, string];

const provenanceKeys = new Set(['source', 'importId', 'file', 'row', 'at']);

/** A key equal for structurally equal provenances, or undefined for one with unexpected members. */
function provenanceKey(provenance: Provenance): string | undefined {
  for (const key in provenance) if (!provenanceKeys.has(key)) return undefined;
  const { source, importId, file, row, at } = provenance;
  return `${source}\u0000${importId ?? '\u0001'}\u0000${file ?? '\u0001'}\u0000${typeof row}:${row ?? ''}\u0000${at}`;
}

/**
 * Encodes `values` against `sources`: each value references its provenance by index when an equal
 * provenance is in `sources` (by identity first, then by content).
 * @internal
 */
export function encodeFieldValues(values: FieldValues, sources: readonly Provenance[]): CompactFieldValues {
  const byReference = new Map<Provenance, number>();
  let byKey: Map<string, number> | undefined;
  sources.forEach((source, index) => {
    if (!byReference.has(source)) byReference.set(source, index);
  });
  const indexOf = (source: Provenance): number | undefined => {
    const known = byReference.get(source);
    if (known !== undefined) return known;
    if (byKey === undefined) {
      byKey = new Map();
      sources.forEach((candidate, index) => {
        const key = provenanceKey(candidate);
        if (key !== undefined && !byKey?.has(key)) byKey?.set(key, index);
      });
    }
    const key = provenanceKey(source);
    const found = key === undefined ? undefined : byKey.get(key);
    if (found !== undefined) byReference.set(source, found);
    return found;
  };
  const out: CompactFieldValues = {};
  for (const field in values) {
    const list = values[field] ?? [];
    out[field] = list.map((entry): CompactSourcedValue => [entry.value, indexOf(entry.source) ?? entry.source]);
  }
  return out;
}

/**
 * Decodes stored `values` (compact or plain) against the owner's `sources`. Values that reference
 * the same source share its object.
 * @internal
 */
export function decodeFieldValues(stored: CompactFieldValues | FieldValues, sources: readonly Provenance[]): FieldValues {
  const out: FieldValues = {};
  for (const field in stored) {
    const list: ReadonlyArray<CompactSourcedValue | SourcedValue> = stored[field] ?? [];
    out[field] = list.map((entry): SourcedValue => {
      if (!Array.isArray(entry)) return entry;
      const [value, source] = entry;
      if (typeof source !== 'number') return { value, source };
      return { value, source: sources[source] ?? { source: 'unknown', at: '' } };
    });
  }
  return out;
}

/** Encodes fit reasons as tuples. @internal */
export function encodeFitReasons(reasons: readonly StoredFitReason[]): CompactFitReason[] {
  return reasons.map((reason) => [reason.dimension, reason.score, reason.weight, reason.matched, reason.text]);
}

/** Decodes stored fit reasons (tuples or plain objects). @internal */
export function decodeFitReasons(stored: ReadonlyArray<CompactFitReason | StoredFitReason>): StoredFitReason[] {
  return stored.map((reason) => {
    if (!Array.isArray(reason)) return reason;
    const [dimension, score, weight, matched, text] = reason;
    return { dimension, score, weight, matched, text };
  });
}

/** The cells of `raw` in `header` order when its keys are exactly `header`, else undefined. @internal */
export function rawAsCells(raw: Record<string, string>, header: readonly string[]): string[] | undefined {
  const keys = Object.keys(raw);
  if (keys.length !== header.length) return undefined;
  const cells: string[] = new Array<string>(keys.length);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    if (key !== header[index]) return undefined;
    cells[index] = raw[key] ?? '';
  }
  return cells;
}

/** A raw row back from its stored form: cells zipped with `header`, or the plain object. @internal */
export function rawFromStored(stored: string[] | Record<string, string>, header: readonly string[] | null): Record<string, string> {
  if (!Array.isArray(stored)) return stored;
  const raw: Record<string, string> = {};
  stored.forEach((cell, index) => {
    raw[header?.[index] ?? `column_${index + 1}`] = cell;
  });
  return raw;
}
