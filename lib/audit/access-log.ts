import "server-only";
import { and, desc, eq, inArray, lt, ne, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import type { Actor, Role } from "@/lib/identity/actor";
import { familyRelation } from "@/lib/identity/family-access";
import type { AccessLogQuery } from "@/lib/schemas/coaching";

/**
 * What a family is shown of the audit log about it: someone opening its data, its coach
 * downloading one of its documents (the parents' own downloads are audited too, but are not
 * someone else opening their data), its family moving to another coach, and everything about who
 * may join it (links made, suggested, approved, declined, sent again or withdrawn, and each join).
 * The coach's own working records (private notes, action items, tags, archiving) stay out, so the
 * log never hints at what a private note says or that one exists.
 */
const FAMILY_VISIBLE_ACTIONS = [
  "family.view",
  "care.view",
  "messages.view",
  "admin.family_move",
  "family.member_join",
  "invite.create",
  "invite.suggest",
  "invite.approve",
  "invite.decline",
  "invite.withdraw",
  "invite.resend",
  "invite.revoke",
  "document.download",
] as const;

export type AccessLogEntry = {
  id: number;
  at: string;
  action: (typeof FAMILY_VISIBLE_ACTIONS)[number];
  /** Which part was opened ("providers", "gaps", …), for a view. */
  what: string | null;
  actor: { id: string; name: string; role: Role } | null;
};

type AccessLogPage = { entries: AccessLogEntry[]; nextCursor: string | null };

/** Newest first, a page at a time (`before` is the last id seen); the family's members and coaches only. */
export async function listAccessLog(actor: Actor, familyId: string, page: AccessLogQuery): Promise<AccessLogPage> {
  const db = await getDb();
  await familyRelation(db, actor, familyId);
  const rows = await db
    .select({ row: auditLog, name: users.name, role: users.role })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.familyId, familyId),
        eq(auditLog.outcome, "ok"),
        inArray(auditLog.action, [...FAMILY_VISIBLE_ACTIONS]),
        or(ne(auditLog.action, "document.download"), eq(users.role, "coach")),
        page.before ? lt(auditLog.id, page.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(page.limit + 1);
  const entries = rows.slice(0, page.limit).map(({ row, name, role }) => ({
    id: row.id,
    at: row.at.toISOString(),
    action: row.action as AccessLogEntry["action"],
    what: row.targetType,
    actor: row.actorId && name && role ? { id: row.actorId, name, role } : null,
  }));
  return { entries, nextCursor: rows.length > page.limit ? String(entries.at(-1)!.id) : null };
}
