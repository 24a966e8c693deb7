import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import type { Locale } from "@/lib/core/i18n/locales";

/** Saves the interface language on the user's own account (nobody sets it for someone else). */
export async function saveLocale(actor: Actor, locale: Locale): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, actor.id));
}

/** A user's saved language, for what is sent to them outside a request (emails); null when none. */
export async function savedLocaleOf(userId: string): Promise<Locale | null> {
  const db = await getDb();
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return (row?.locale as Locale | null | undefined) ?? null;
}
