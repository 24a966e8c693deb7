import "server-only";
import type { Executor } from "@/db/client";
import { loadRecordsOfFamilies, type FamilyRecords } from "@/lib/care-team/records";
import type { IsoDate } from "@/lib/domain/dates";

type Entry = { value: unknown; version: number; on: IsoDate };

// Memoised engine answers, per family and purpose. An entry counts only for the care version it
// was computed at (a trigger moves the version on every change to the records, from any app
// server) and for the same day (gaps age, providers' end dates pass): never a second truth.
const MAX_ENTRIES = 50_000;
// Records are read and computed this many families at a time: a cold whole practice (10,000
// families) would otherwise hold every record of every family in memory at once.
const LOAD_CHUNK = 1_000;
const holder = globalThis as unknown as { __clarityEngineCache?: Map<string, Entry> };
const cache = (holder.__clarityEngineCache ??= new Map());

export type VersionedFamily = { id: string; careVersion: number };

/**
 * `compute` over each family's records on a day: kept answers for families whose records have not
 * changed, and bulk reads for all the others: a fixed number of queries per LOAD_CHUNK families
 * (one round for any coach's caseload).
 */
export async function perFamily<T>(db: Executor, purpose: string, families: readonly VersionedFamily[], on: IsoDate, compute: (records: FamilyRecords) => T): Promise<Map<string, T>> {
  const answers = new Map<string, T>();
  const stale: VersionedFamily[] = [];
  for (const family of families) {
    const entry = cache.get(`${purpose}:${family.id}`);
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
      cache.delete(key);
      cache.set(key, { value, version: family.careVersion, on });
    }
  }
  if (stale.length === 0) return answers;
  // A Map iterates oldest first: drop from the front to stay within bounds.
  for (const key of cache.keys()) {
    if (cache.size <= MAX_ENTRIES) break;
    cache.delete(key);
  }
  return answers;
}
