import "server-only";
import type { Executor } from "@/db/client";
import { securityEvents } from "@/db/schema";
import type { SecurityEventType } from "@/lib/schemas/security";
import type { Client } from "./client";

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
