import "server-only";
import type { Executor } from "@/db/client";
import { auditLog } from "@/db/schema";

type AuditEntry = {
  actorId: string | null;
  action: string;
  outcome: "ok" | "denied" | "failed";
  targetType?: string;
  targetId?: string;
  familyId?: string | null;
  /** Ids, counts and field names only: never message text, notes or passwords. */
  details?: Record<string, string | number | boolean | null>;
};

export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}
