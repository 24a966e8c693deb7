import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { knownDevices } from "@/db/schema";
import { hashSecret } from "./secrets";

/**
 * A browser as the account's owner would name it: its User-Agent without version numbers, so an
 * update of Chrome is the same device and Firefox on the same laptop is another. (A cookie would
 * tell computers apart, but sign-out clears every cookie of the site on purpose.)
 */
function deviceKey(userAgent: string | null): string {
  const family = (userAgent ?? "unknown")
    .replace(/\d+([._]\d+)*/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  return hashSecret(family);
}

/**
 * Notes that this browser signed in to the account. True when the account had signed in from
 * other browsers before but never this one: worth an email to its owner. An account's very first
 * sign-in is not news.
 */
export async function rememberDevice(
  tx: Executor,
  userId: string,
  userAgent: string | null,
  now: Date,
): Promise<boolean> {
  const deviceHash = deviceKey(userAgent);
  const [known] = await tx
    .select({
      devices: sql<number>`count(*)`.mapWith(Number),
      thisOne: sql<boolean>`bool_or(${knownDevices.deviceHash} = ${deviceHash})`,
    })
    .from(knownDevices)
    .where(eq(knownDevices.userId, userId));
  await tx
    .insert(knownDevices)
    .values({ userId, deviceHash, firstSeenAt: now, lastSeenAt: now })
    .onConflictDoUpdate({
      target: [knownDevices.userId, knownDevices.deviceHash],
      set: { lastSeenAt: now, signIns: sql`${knownDevices.signIns} + 1` },
    });
  return (known?.devices ?? 0) > 0 && !known?.thisOne;
}
