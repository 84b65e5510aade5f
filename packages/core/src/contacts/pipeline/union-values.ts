import type { FieldValues } from '../../store/store.js';

/** Every source value of both sides, each (value, source) once. */
export function unionValues(left: FieldValues, right: FieldValues): FieldValues {
  const out: FieldValues = {};
  for (const values of [left, right]) {
    for (const [field, list] of Object.entries(values)) {
      const target = (out[field] ??= []);
      for (const entry of list) {
        const duplicate = target.some(
          (seen) => seen.value === entry.value && seen.source.importId === entry.source.importId && seen.source.row === entry.source.row,
        );
        if (!duplicate) target.push(entry);
      }
    }
  }
  return out;
}
