import "server-only";
import type { Executor } from "@/db/client";
import { securityEvents } from "@/db/schema";
import type { Client } from "./client";

export const SECURITY_EVENT_TYPES = [
  "sign-in",
  "sign-in-failed",
  "password-changed",
  "password-reset",
  "mfa-enabled",
  "mfa-disabled",
  "recovery-code-used",
  "passkey-added",
  "passkey-removed",
  "session-revoked",
] as const;
export type SecurityEventType = (typeof SECURITY_EVENT_TYPES)[number];

/** One line of the account's own security log (the audit log keeps the practice's record). */
export async function recordSecurityEvent(
  db: Executor,
  userId: string,
  type: SecurityEventType,
  client: Pick<Client, "ip" | "userAgent">,
  at = new Date(),
): Promise<void> {
  await db.insert(securityEvents).values({ userId, type, at, ip: client.ip, userAgent: client.userAgent });
}
