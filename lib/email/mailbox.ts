import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/identity/actor";
import { notFound } from "@/lib/core/errors";
import { recentEmails, type MailboxEntry } from "./outbox";

/** The dev mailbox: admins only (everyone else gets a 404). Emails never hold message text. */
/** `locale`: the reader's language, for the placeholder that hides family names. */
export async function listMailbox(actor: Actor, locale?: string): Promise<MailboxEntry[]> {
  if (actor.role !== "admin") throw notFound();
  return recentEmails(await getDb(), 100, locale);
}
