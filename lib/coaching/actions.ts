import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { actionItems, users } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { config } from "@/lib/core/config";
import { isoDateIn } from "@/lib/core/dates";
import { notFound } from "@/lib/core/errors";
import type { CreateActionInput, UpdateActionInput } from "@/lib/schemas/coaching";
import { isId } from "@/lib/schemas/fields";
import { assertFamilyCoach, readAsFamilyCoach } from "./scope";

export type ActionItem = {
  id: string;
  title: string;
  dueOn: string | null;
  done: boolean;
  doneAt: string | null;
  /** Open and due before today (in the app's time zone). */
  overdue: boolean;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
};

const ACTIONS_LIMIT = 500;

function toDto(row: typeof actionItems.$inferSelect, creatorName: string | null, today: string): ActionItem {
  return {
    id: row.id,
    title: row.title,
    dueOn: row.dueOn,
    done: row.doneAt !== null,
    doneAt: row.doneAt?.toISOString() ?? null,
    overdue: row.doneAt === null && row.dueOn !== null && row.dueOn < today,
    createdBy: row.createdById && creatorName ? { id: row.createdById, name: creatorName } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Open items first, soonest due first (undated last); then done ones, most recently done first. */
export async function listActions(actor: Actor, familyId: string, now = new Date()): Promise<ActionItem[]> {
  const db = await getDb();
  await readAsFamilyCoach(db, actor, familyId);
  const rows = await db
    .select({ item: actionItems, creatorName: users.name })
    .from(actionItems)
    .leftJoin(users, eq(users.id, actionItems.createdById))
    .where(eq(actionItems.familyId, familyId))
    .orderBy(
      sql`${actionItems.doneAt} is not null`,
      sql`${actionItems.dueOn} asc nulls last`,
      desc(actionItems.doneAt),
      asc(actionItems.createdAt),
      asc(actionItems.id),
    )
    .limit(ACTIONS_LIMIT);
  const today = isoDateIn(config.timeZone, now);
  return rows.map(({ item, creatorName }) => toDto(item, creatorName, today));
}

export async function createAction(
  actor: Actor,
  familyId: string,
  input: CreateActionInput,
  now = new Date(),
): Promise<ActionItem> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertFamilyCoach(tx, actor, familyId);
    const [item] = await tx
      .insert(actionItems)
      .values({ familyId, createdById: actor.id, title: input.title, dueOn: input.dueOn ?? null })
      .returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "action.create",
      targetType: "action",
      targetId: item!.id,
      familyId,
      outcome: "ok",
    });
    return toDto(item!, actor.name, isoDateIn(config.timeZone, now));
  });
}

/** Any coach of the family may change an item (they share the work); marking done twice keeps the first date. */
export async function updateAction(
  actor: Actor,
  familyId: string,
  actionId: string,
  input: UpdateActionInput,
  now = new Date(),
): Promise<ActionItem> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertFamilyCoach(tx, actor, familyId);
    if (!isId(actionId)) throw notFound();
    const where = and(eq(actionItems.id, actionId), eq(actionItems.familyId, familyId));
    const [current] = await tx.select().from(actionItems).where(where).for("update");
    if (!current) throw notFound();
    const doneAt = input.done === undefined ? current.doneAt : input.done ? (current.doneAt ?? now) : null;
    const [item] = await tx
      .update(actionItems)
      .set({
        title: input.title ?? current.title,
        dueOn: input.dueOn === undefined ? current.dueOn : input.dueOn,
        doneAt,
        updatedAt: now,
      })
      .where(where)
      .returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "action.update",
      targetType: "action",
      targetId: actionId,
      familyId,
      outcome: "ok",
      details: { fields: Object.keys(input).sort().join(",") },
    });
    const [creator] = item!.createdById
      ? await tx.select({ name: users.name }).from(users).where(eq(users.id, item!.createdById))
      : [];
    return toDto(item!, creator?.name ?? null, isoDateIn(config.timeZone, now));
  });
}
