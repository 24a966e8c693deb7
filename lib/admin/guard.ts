import "server-only";
import type { Executor } from "@/db/client";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { notFound } from "@/lib/core/errors";

/**
 * Admin tools exist only for admins: anyone else gets a 404, and the attempt is audited as denied
 * (someone probing the admin API is worth knowing about).
 */
export async function requireAdmin(
  db: Executor,
  actor: Actor,
  action: string,
  target?: { type: string; id: string },
): Promise<void> {
  if (actor.role === "admin") return;
  await recordAudit(db, {
    actorId: actor.id,
    action,
    targetType: target?.type,
    targetId: target?.id,
    outcome: "denied",
  });
  throw notFound();
}
