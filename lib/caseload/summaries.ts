import "server-only";
import type { Executor } from "@/db/client";
import { loadRecordsOfFamilies } from "@/lib/care-team/records";
import type { IsoDate } from "@/lib/domain/dates";
import { familyGapsOn, summarizeGaps, type GapSummary } from "@/lib/domain/gaps";

export type FamilyPicture = { children: { id: string; name: string }[]; summary: GapSummary };

type Entry = FamilyPicture & { version: number; on: IsoDate };

// Memoised engine answers, per family. An entry counts only for the care version it was computed
// at (a trigger moves the version on every change to the records, from any app server) and for
// the same day (gaps age and providers' end dates pass), so this is never a second source of truth.
const MAX_ENTRIES = 50_000;
const holder = globalThis as unknown as { __clarityFamilyPictures?: Map<string, Entry> };
const cache = (holder.__clarityFamilyPictures ??= new Map());

/**
 * Each family's gap summary on a day: from the cache when its records have not changed, otherwise
 * from the engine over records loaded in one bulk read for all the families that changed.
 */
export async function familyPictures(db: Executor, families: readonly { id: string; careVersion: number }[], on: IsoDate): Promise<Map<string, FamilyPicture>> {
  const pictures = new Map<string, FamilyPicture>();
  const stale: { id: string; careVersion: number }[] = [];
  for (const family of families) {
    const entry = cache.get(family.id);
    if (entry && entry.version === family.careVersion && entry.on === on) pictures.set(family.id, entry);
    else stale.push(family);
  }
  if (stale.length === 0) return pictures;
  const records = await loadRecordsOfFamilies(
    db,
    stale.map((family) => family.id),
  );
  for (const family of stale) {
    const { children, providers } = records.get(family.id)!;
    const picture: FamilyPicture = { children: children.map((child) => ({ id: child.id, name: child.name })), summary: summarizeGaps(familyGapsOn(children, providers, on)) };
    pictures.set(family.id, picture);
    cache.delete(family.id);
    cache.set(family.id, { ...picture, version: family.careVersion, on });
  }
  // Oldest first in a Map: drop from the front to stay within bounds.
  for (const key of cache.keys()) {
    if (cache.size <= MAX_ENTRIES) break;
    cache.delete(key);
  }
  return pictures;
}
