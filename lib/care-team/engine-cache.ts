import "server-only";
import type { Executor } from "@/db/client";
import type { IsoDate } from "@/lib/core/dates";
import { loadRecordsOfFamilies, type FamilyRecords } from "./records";
import { processSingleton } from "@/lib/core/singleton";
import type { VersionedFamily } from "./versioned-family";

type Entry = { value: unknown; version: number; on: IsoDate };

// Memoised engine answers, per family and purpose. An entry counts only for the care version it
// was computed at (a trigger moves the version on every change to the records, from any app
// server) and for the same day (gaps age, providers' end dates pass): never a second truth.
// Records are read and computed this many families at a time: a cold whole practice (10,000
// families) would otherwise hold every record of every family in memory at once.
const LOAD_CHUNK = 1_000;
const caches = processSingleton("engine-caches", () => new Map<string, Map<string, Entry>>());

export type PerFamily = <T>(
  db: Executor,
  purpose: string,
  families: readonly VersionedFamily[],
  on: IsoDate,
  compute: (records: FamilyRecords) => T,
) => Promise<Map<string, T>>;

/**
 * A store of engine answers holding at most `maxEntries` (the least recently computed go first).
 * Its `perFamily` runs `compute` over each family's records on a day: kept answers for families
 * whose records have not changed, and bulk reads for all the others, a fixed number of queries
 * per LOAD_CHUNK families (one round for any coach's caseload).
 */
export function engineCache(name: string, maxEntries: number): PerFamily {
  let cache = caches.get(name);
  if (!cache) caches.set(name, (cache = new Map<string, Entry>()));
  const store = cache;
  return async (db, purpose, families, on, compute) => {
    type T = ReturnType<typeof compute>;
    const answers = new Map<string, T>();
    const stale: VersionedFamily[] = [];
    for (const family of families) {
      const entry = store.get(`${purpose}:${family.id}`);
      if (entry && entry.version === family.careVersion && entry.on === on) answers.set(family.id, entry.value as T);
      else stale.push(family);
    }
    for (let start = 0; start < stale.length; start += LOAD_CHUNK) {
      const chunk = stale.slice(start, start + LOAD_CHUNK);
      const records = await loadRecordsOfFamilies(
        db,
        chunk.map((family) => family.id),
      );
      for (const family of chunk) {
        const value = compute(records.get(family.id)!);
        answers.set(family.id, value);
        const key = `${purpose}:${family.id}`;
        store.delete(key);
        store.set(key, { value, version: family.careVersion, on });
      }
    }
    if (stale.length === 0) return answers;
    // A Map iterates oldest first: drop from the front to stay within bounds.
    for (const key of store.keys()) {
      if (store.size <= maxEntries) break;
      store.delete(key);
    }
    return answers;
  };
}

/** Small answers (a family's gaps and their summary): a whole practice fits. */
export const perFamily = engineCache("answers", 50_000);
