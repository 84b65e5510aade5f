import type { SqlClient } from '../sql-client.js';
import type { StoredFitReason } from '../store.js';
import type { CompactFitReason } from './compact-json.js';
import { decodeFitReasons, encodeFitReasons } from './compact-json.js';
import { toJsonParam } from './to-json-param.js';

/**
 * Stored form of a contact's fit reasons: ids into the tenant's `fit_reason_dictionary`, which keeps
 * each distinct reason once (see migration 0005). Reasons stored before it (tuples or objects) read
 * back unchanged.
 * @internal
 */
export type StoredFitReasons = ReadonlyArray<number | CompactFitReason | StoredFitReason>;

/** One distinct reason of a `fitReasonIds` call: its JSON tuple and, once looked up, its id. */
interface Entry {
  reason: StoredFitReason;
  tuple: string;
  id: number | undefined;
}

/**
 * Ids of the given reason lists' reasons, adding the ones the dictionary lacks. Returns one id
 * list per input list, and the ids it looked up (JSON tuple → id).
 * @param known Ids already looked up in this transaction (JSON tuple → id): those reasons are not
 *   sent again. A caller adds `looked` to it only once the statement's transaction (or savepoint)
 *   has committed, so every id it holds is stored.
 * @internal
 */
export async function fitReasonIds(
  client: SqlClient,
  tenantId: string,
  lists: ReadonlyArray<readonly StoredFitReason[]>,
  known: ReadonlyMap<string, number> = new Map(),
): Promise<{ ids: number[][]; looked: Map<string, number> }> {
  // Reasons grouped by text (building a key per reason, numbers included, cost more than this); the
  // JSON tuple is built once per distinct reason. Scored contacts share their reason objects (fit
  // scoring memoizes them), so most reasons are found by identity without the text lookup.
  const byText = new Map<string, Entry[]>();
  const byObject = new Map<StoredFitReason, Entry>();
  const distinct: Entry[] = [];
  const entryOf = (reason: StoredFitReason): Entry => {
    const shared = byObject.get(reason);
    if (shared !== undefined) return shared;
    let group = byText.get(reason.text);
    if (group === undefined) byText.set(reason.text, (group = []));
    let entry = group.find(({ reason: seen }) => seen.dimension === reason.dimension && seen.score === reason.score && seen.weight === reason.weight && seen.matched === reason.matched);
    if (entry === undefined) {
      group.push((entry = { reason, tuple: JSON.stringify(encodeFitReasons([reason])[0]), id: undefined }));
      distinct.push(entry);
    }
    byObject.set(reason, entry);
    return entry;
  };
  const entries = lists.map((reasons) => reasons.map(entryOf));
  // In order of first use, as the reasons come (the dictionary numbers new reasons in that order).
  const tuples = [...new Set(distinct.map((entry) => entry.tuple))].filter((tuple) => !known.has(tuple));
  const looked = new Map<string, number>();
  if (tuples.length > 0) {
    const param = toJsonParam(tuples);
    // New reasons come back from the INSERT itself; only those already stored (conflicts) are
    // looked up, usually none in a fresh import's later chunks.
    const inserted = await client.query<{ id: number; reason: string }>(
      `INSERT INTO fit_reason_dictionary (tenant_id, reason) SELECT $1, value FROM json_array_elements_text($2::json)
       ON CONFLICT (tenant_id, md5(reason)) DO NOTHING RETURNING id, reason`,
      [tenantId, param],
    );
    // Match through the text sent, so a NUL replaced on the way in (see toJsonParam) still finds its id.
    const sent = JSON.parse(param ?? '[]') as string[];
    const idByStored = new Map(inserted.map((row) => [row.reason, row.id]));
    const missing = sent.filter((text) => !idByStored.has(text));
    if (missing.length > 0) {
      const rows = await client.query<{ id: number; reason: string }>(
        `SELECT id, reason FROM fit_reason_dictionary
         WHERE tenant_id = $1 AND md5(reason) = ANY (ARRAY(SELECT md5(value) FROM json_array_elements_text($2::json)))`,
        [tenantId, JSON.stringify(missing)],
      );
      for (const row of rows) idByStored.set(row.reason, row.id);
    }
    tuples.forEach((tuple, index) => {
      const id = idByStored.get(sent[index] ?? '');
      if (id !== undefined) looked.set(tuple, id);
    });
  }
  for (const entry of distinct) entry.id = known.get(entry.tuple) ?? looked.get(entry.tuple);
  const ids = entries.map((list) => {
    const out: number[] = [];
    for (const entry of list) if (entry.id !== undefined) out.push(entry.id);
    return out;
  });
  return { ids, looked };
}

/** Loads the dictionary entries the given stored lists refer to. @internal */
export async function loadFitReasons(
  client: SqlClient,
  tenantId: string,
  lists: Iterable<StoredFitReasons | null>,
): Promise<ReadonlyMap<number, StoredFitReason>> {
  const ids = new Set<number>();
  for (const list of lists) for (const entry of list ?? []) if (typeof entry === 'number') ids.add(entry);
  const out = new Map<number, StoredFitReason>();
  if (ids.size === 0) return out;
  const rows = await client.query<{ id: number; reason: string }>(
    'SELECT id, reason FROM fit_reason_dictionary WHERE tenant_id = $1 AND id = ANY (ARRAY(SELECT json_array_elements_text($2::json)::integer))',
    [tenantId, JSON.stringify([...ids])],
  );
  for (const row of rows) {
    const [reason] = decodeFitReasons([JSON.parse(row.reason) as CompactFitReason]);
    if (reason !== undefined) out.set(row.id, reason);
  }
  return out;
}

/** Fit reasons back from their stored form. @internal */
export function decodeStoredFitReasons(stored: StoredFitReasons, dictionary: ReadonlyMap<number, StoredFitReason>): StoredFitReason[] {
  return stored.flatMap((entry) => {
    if (typeof entry !== 'number') return decodeFitReasons([entry]);
    const reason = dictionary.get(entry);
    return reason === undefined ? [] : [{ ...reason }];
  });
}
