import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { emailOutbox, families } from "@/db/schema";
import { rowsOf } from "@/db/rows";
import { translatorFor } from "@/lib/core/i18n/translator";
import type { MailTransport } from "./transport";

const CLAIM_MS = 2 * 60_000;
export const MAX_ATTEMPTS = 5;
const BATCH = 20;

type Claimed = { id: string; to_address: string; subject: string; body_text: string };

/**
 * Sends what is waiting in the outbox. Rows are claimed in one atomic statement
 * (`for update skip locked`), so two app servers never send the same email; a claim that a
 * crashed server left behind expires and the email is tried again, up to a few attempts.
 */
export async function sendPendingEmails(db: Database, transport: MailTransport, now = new Date()): Promise<number> {
  const claimed = await rowsOf<Claimed>(
    db,
    sql`
      update email_outbox set claimed_until = ${new Date(now.getTime() + CLAIM_MS).toISOString()}::timestamptz, attempts = attempts + 1
      where id in (
        select id from email_outbox
        where sent_at is null and attempts < ${MAX_ATTEMPTS}
          and (claimed_until is null or claimed_until < ${now.toISOString()}::timestamptz)
        order by created_at
        limit ${BATCH}
        for update skip locked
      )
      returning id, to_address, subject, body_text`,
  );
  let sent = 0;
  for (const email of claimed) {
    try {
      await transport.send({ id: email.id, to: email.to_address, subject: email.subject, text: email.body_text });
      await db
        .update(emailOutbox)
        .set({ sentAt: new Date(), transport: transport.name, lastError: null })
        .where(eq(emailOutbox.id, email.id));
      sent += 1;
    } catch (error) {
      // The reason only (never the address or text); the claim expires and the email is retried.
      const reason = error instanceof Error ? error.name : "error";
      await db
        .update(emailOutbox)
        .set({ lastError: reason })
        .where(and(eq(emailOutbox.id, email.id)));
    }
  }
  return sent;
}

export type MailboxEntry = {
  id: string;
  to: string;
  subject: string;
  body: string;
  createdAt: string;
  sentAt: string | null;
  transport: string | null;
};

/**
 * The newest emails, for the admins' dev mailbox. They never contain message text, and the family
 * an email is about is blanked out (its name, and its id in the link): for an admin, families do
 * not exist.
 */
export async function recentEmails(db: Database, limit = 100, locale?: string): Promise<MailboxEntry[]> {
  const rows = await db
    .select({ email: emailOutbox, familyName: families.name })
    .from(emailOutbox)
    .leftJoin(families, eq(families.id, emailOutbox.familyId))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(limit);
  const hidden = translatorFor(locale)("mailbox.hiddenFamily");
  return rows.map(({ email: row, familyName }) => ({
    id: row.id,
    to: row.toAddress,
    subject: row.subject,
    body: withoutFamily(row.bodyText, row.familyId, familyName, hidden),
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    transport: row.transport,
  }));
}

/** The text with the family's id and name replaced. */
function withoutFamily(text: string, familyId: string | null, familyName: string | null, hidden: string): string {
  let result = text;
  if (familyId) result = result.replaceAll(familyId, "…");
  if (familyName) result = result.replaceAll(familyName, hidden);
  return result;
}
