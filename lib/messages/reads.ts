import "server-only";
import { and, eq, gt, ne, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { messageReads, messages } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { familyLinkOf, familyRelation } from "@/lib/identity/family-access";
import type { UnreadSummary } from "./dto";
import { signalChange } from "./live-hub";
import { positionOf } from "./queries";

/** Messages from others after the actor's read position in one family. */
async function unreadIn(db: Executor, actorId: string, familyId: string): Promise<number> {
  const [row] = await db
    .select({ unread: sql<number>`count(*)`.mapWith(Number) })
    .from(messages)
    .leftJoin(messageReads, and(eq(messageReads.familyId, messages.familyId), eq(messageReads.userId, actorId)))
    .where(
      and(
        eq(messages.familyId, familyId),
        ne(messages.authorId, actorId),
        gt(messages.position, sql`coalesce(${messageReads.lastReadPosition}, 0)`),
      ),
    );
  return row?.unread ?? 0;
}

/**
 * Moves the actor's read position forward to the named message (never back: an older tab
 * cannot undo a newer one). Others see it as "seen by" through the live stream.
 */
export async function markRead(actor: Actor, familyId: string, upTo: string): Promise<{ unread: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await familyRelation(tx, actor, familyId);
    const position = await positionOf(tx, familyId, upTo, "upTo");
    const moved = await tx
      .insert(messageReads)
      .values({ familyId, userId: actor.id, lastReadPosition: position })
      .onConflictDoUpdate({
        target: [messageReads.familyId, messageReads.userId],
        set: { lastReadPosition: position, readAt: sql`now()` },
        setWhere: sql`${messageReads.lastReadPosition} < ${position}`,
      })
      .returning({ position: messageReads.lastReadPosition });
    if (moved.length > 0) await signalChange(tx, { familyId, kind: "read" });
    return { unread: await unreadIn(tx, actor.id, familyId) };
  });
}

/** Unread messages per family of the actor (members: their families; coaches: their caseload). */
export async function unreadSummary(actor: Actor): Promise<UnreadSummary> {
  if (actor.role === "admin") return { total: 0, families: [] };
  const db = await getDb();
  const link = familyLinkOf(actor.role);
  const rows = await db
    .select({ familyId: link.familyId, unread: sql<number>`count(${messages.id})`.mapWith(Number) })
    .from(link.table)
    .leftJoin(messageReads, and(eq(messageReads.familyId, link.familyId), eq(messageReads.userId, actor.id)))
    .leftJoin(
      messages,
      and(
        eq(messages.familyId, link.familyId),
        ne(messages.authorId, actor.id),
        gt(messages.position, sql`coalesce(${messageReads.lastReadPosition}, 0)`),
      ),
    )
    .where(eq(link.userId, actor.id))
    .groupBy(link.familyId)
    .orderBy(link.familyId);
  return { total: rows.reduce((sum, row) => sum + row.unread, 0), families: rows };
}
