import "server-only";
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { describeError, log } from "@/lib/core/log";
import { processSingleton } from "@/lib/core/singleton";
import { MAX_ATTEMPTS } from "./outbox";
import { configuredTransport } from "./transport";

/** An email about the account itself, sent at once rather than with the next batch. */
export type AccountEmail = {
  recipientId: string;
  to: string;
  subject: string;
  text: string;
  /**
   * The email carries a secret (a link that sets a password, a sign-in code): the outbox keeps
   * `storedText` instead, and it is never sent again from there. Without it, the outbox keeps the
   * text and the notifier retries a failed send.
   */
  secret?: { storedText: string };
};

const inFlight = () => processSingleton("account-emails", () => new Set<Promise<void>>());

/**
 * Sends once the current request has answered: the answer's timing never depends on mail (a
 * password-reset request for an unknown address must look the same), and a slow SMTP server
 * never holds a request. Every send is recorded in the outbox (the admins' mailbox).
 */
export function sendSoon(email: AccountEmail): void {
  const sending = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => sendNow(email))
    .catch((error) => log.warn(`account email failed: ${describeError(error)}`));
  const pending = inFlight();
  pending.add(sending);
  void sending.finally(() => pending.delete(sending));
}

/** Resolves when every email started so far has been sent or has failed (tests, shutdown). */
export async function accountEmailsSettled(): Promise<void> {
  while (inFlight().size > 0) await Promise.all([...inFlight()]);
}

async function sendNow(email: AccountEmail): Promise<void> {
  const db = await getDb();
  const transport = configuredTransport();
  const now = new Date();
  // Claimed by this send for two minutes: the notifier takes it over only if this one is lost.
  const [row] = await db
    .insert(emailOutbox)
    .values({
      dedupeKey: `account:${crypto.randomUUID()}`,
      recipientId: email.recipientId,
      toAddress: email.to,
      subject: email.subject,
      bodyText: email.secret?.storedText ?? email.text,
      attempts: email.secret ? MAX_ATTEMPTS : 1,
      claimedUntil: new Date(now.getTime() + 2 * 60_000),
      createdAt: now,
    })
    .returning({ id: emailOutbox.id });
  try {
    await transport.send({ id: row!.id, to: email.to, subject: email.subject, text: email.text });
    await db
      .update(emailOutbox)
      .set({ sentAt: new Date(), transport: transport.name, lastError: null })
      .where(eq(emailOutbox.id, row!.id));
  } catch (error) {
    await db
      .update(emailOutbox)
      .set({ lastError: error instanceof Error ? error.name : "error" })
      .where(eq(emailOutbox.id, row!.id));
    throw error;
  }
}
