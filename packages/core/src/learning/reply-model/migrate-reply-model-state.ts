import type { FeatureInput, NumericStats } from './feature-encoder.js';
import type { ReplyModelState } from './reply-model.js';

/**
 * A reply model state as version 1 saved it: each input one name, `feature=value`,
 * `feature~bucket` or `feature` (a standardized number). Read by {@link migrateReplyModelState}.
 */
export interface ReplyModelStateV1 extends Omit<ReplyModelState, 'version' | 'encoder'> {
  version: 1;
  encoder: { names: string[]; numeric: Record<string, NumericStats> };
}

/** A saved state in the current version: version 1's joined input names become structured inputs; every other field is kept. */
export function migrateReplyModelState(state: ReplyModelState | ReplyModelStateV1): ReplyModelState {
  if (state.version === 2) return state;
  const { names, numeric } = state.encoder;
  return { ...state, version: 2, encoder: { inputs: names.map((name) => inputOfVersion1Name(name, numeric)), numeric } };
}

const bucketSuffix = /~(-?\d+)$/;

/**
 * Reads a version-1 input name. Version 1 split it at its first `=` or `~`, which misread a feature
 * whose own name holds one (`Score=Band~3` as feature `Score`). Only numbers have stats, a
 * standardized input and buckets, so a number's inputs are found by the names of the stats first;
 * the rest are indicators split at their first `=`. A text feature whose name holds `=`
 * (`Score=Band=high`) cannot be told from a value holding one and is read as version 1 read it.
 */
function inputOfVersion1Name(name: string, numeric: Readonly<Record<string, NumericStats>>): FeatureInput {
  if (Object.hasOwn(numeric, name)) return { feature: name, kind: 'standardized' };
  const bucket = bucketSuffix.exec(name);
  if (bucket !== null && Object.hasOwn(numeric, name.slice(0, bucket.index))) {
    return { feature: name.slice(0, bucket.index), kind: 'bucket', bucket: Number(bucket[1]) };
  }
  const split = name.indexOf('=');
  // Every version-1 name without `=` is a number's input (found above); anything else is kept whole.
  if (split < 0) return { feature: name, kind: 'standardized' };
  return { feature: name.slice(0, split), kind: 'equals', value: name.slice(split + 1) };
}
