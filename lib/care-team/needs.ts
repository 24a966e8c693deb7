import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { childNeeds, neededServices } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import type { IdempotentRequest } from "@/lib/idempotency/request-key";
import { notFound } from "@/lib/core/errors";
import { invalidFields } from "@/lib/core/validation";
import type {
  NeedCreateInput,
  NeedPatchInput,
  NeededServiceCreateInput,
  NeededServicePatchInput,
} from "@/lib/schemas/care-team";
import { isId } from "@/lib/schemas/fields";
import { needDto, neededServiceDto, type NeedDto, type NeededServiceDto } from "./dto";
import { changesBetween, recordCareEvent } from "./events";
import { childOfFamily, inFamily, readFamily } from "./scope";

// Needs and directly marked services are both dated reasons a child needs something: one module.

export async function listNeeds(
  actor: Actor,
  familyId: string,
  childId: string,
): Promise<{ needs: NeedDto[]; neededServices: NeededServiceDto[] }> {
  const db = await getDb();
  await readFamily(db, actor, familyId, "needs");
  await childOfFamily(db, familyId, childId);
  const [needRows, markRows] = await Promise.all([
    db
      .select()
      .from(childNeeds)
      .where(eq(childNeeds.childId, childId))
      .orderBy(asc(childNeeds.identifiedOn), asc(childNeeds.id)),
    db
      .select()
      .from(neededServices)
      .where(eq(neededServices.childId, childId))
      .orderBy(asc(neededServices.markedOn), asc(neededServices.id)),
  ]);
  return { needs: needRows.map(needDto), neededServices: markRows.map(neededServiceDto) };
}

/** A date pair that is valid once the stored value fills in the one the patch leaves out. */
function assertOrdered(from: string, to: string | null, field: string, key: string) {
  if (to !== null && to < from) throw invalidFields({ [field]: key });
}

export async function createNeed(
  actor: Actor,
  familyId: string,
  childId: string,
  input: NeedCreateInput,
  request: IdempotentRequest | null = null,
): Promise<NeedDto> {
  return inFamily(
    actor,
    familyId,
    async (tx) => {
      const child = await childOfFamily(tx, familyId, childId);
      const [row] = await tx
        .insert(childNeeds)
        .values({
          childId,
          needId: input.needId,
          identifiedOn: input.identifiedOn,
          resolvedOn: input.resolvedOn ?? null,
          note: input.note ?? null,
        })
        .returning();
      await recordCareEvent(tx, {
        familyId,
        actorId: actor.id,
        action: "need.added",
        subjectType: "need",
        subjectId: row!.id,
        subject: { needId: row!.needId, childId, childName: child.name },
        changes: {
          identifiedOn: { from: null, to: row!.identifiedOn },
          ...(row!.resolvedOn ? { resolvedOn: { from: null, to: row!.resolvedOn } } : {}),
        },
      });
      return needDto(row!);
    },
    request,
  );
}

async function needOfChild(tx: Executor, childId: string, needId: string) {
  if (!isId(needId)) throw notFound();
  const [row] = await tx
    .select()
    .from(childNeeds)
    .where(and(eq(childNeeds.id, needId), eq(childNeeds.childId, childId)));
  if (!row) throw notFound();
  return row;
}

export async function updateNeed(
  actor: Actor,
  familyId: string,
  childId: string,
  needId: string,
  input: NeedPatchInput,
  request: IdempotentRequest | null = null,
): Promise<NeedDto> {
  return inFamily(
    actor,
    familyId,
    async (tx) => {
      const child = await childOfFamily(tx, familyId, childId);
      const before = await needOfChild(tx, childId, needId);
      const next = { ...before, ...input };
      assertOrdered(next.identifiedOn, next.resolvedOn ?? null, "resolvedOn", "validation.resolvedBeforeIdentified");
      const [row] = await tx.update(childNeeds).set(input).where(eq(childNeeds.id, needId)).returning();
      const changes = changesBetween(before, row!, ["needId", "identifiedOn", "resolvedOn", "note"]);
      if (Object.keys(changes).length > 0) {
        const action =
          changes.resolvedOn && row!.resolvedOn && Object.keys(changes).length === 1 ? "need.resolved" : "need.updated";
        await recordCareEvent(tx, {
          familyId,
          actorId: actor.id,
          action,
          subjectType: "need",
          subjectId: needId,
          subject: { needId: row!.needId, childId, childName: child.name },
          changes,
        });
      }
      return needDto(row!);
    },
    request,
  );
}

export async function deleteNeed(
  actor: Actor,
  familyId: string,
  childId: string,
  needId: string,
  request: IdempotentRequest | null = null,
): Promise<void> {
  await inFamily(
    actor,
    familyId,
    async (tx) => {
      const child = await childOfFamily(tx, familyId, childId);
      const need = await needOfChild(tx, childId, needId);
      await tx.delete(childNeeds).where(eq(childNeeds.id, needId));
      await recordCareEvent(tx, {
        familyId,
        actorId: actor.id,
        action: "need.removed",
        subjectType: "need",
        subjectId: needId,
        subject: { needId: need.needId, childId, childName: child.name },
      });
    },
    request,
  );
}

export async function createNeededService(
  actor: Actor,
  familyId: string,
  childId: string,
  input: NeededServiceCreateInput,
  request: IdempotentRequest | null = null,
): Promise<NeededServiceDto> {
  return inFamily(
    actor,
    familyId,
    async (tx) => {
      const child = await childOfFamily(tx, familyId, childId);
      const [row] = await tx
        .insert(neededServices)
        .values({
          childId,
          serviceId: input.serviceId,
          markedOn: input.markedOn,
          clearedOn: input.clearedOn ?? null,
          reason: input.reason,
        })
        .returning();
      await recordCareEvent(tx, {
        familyId,
        actorId: actor.id,
        action: "service.marked",
        subjectType: "needed-service",
        subjectId: row!.id,
        subject: { serviceId: row!.serviceId, childId, childName: child.name },
        changes: { markedOn: { from: null, to: row!.markedOn }, reason: { from: null, to: row!.reason } },
      });
      return neededServiceDto(row!);
    },
    request,
  );
}

async function markOfChild(tx: Executor, childId: string, markId: string) {
  if (!isId(markId)) throw notFound();
  const [row] = await tx
    .select()
    .from(neededServices)
    .where(and(eq(neededServices.id, markId), eq(neededServices.childId, childId)));
  if (!row) throw notFound();
  return row;
}

export async function updateNeededService(
  actor: Actor,
  familyId: string,
  childId: string,
  markId: string,
  input: NeededServicePatchInput,
  request: IdempotentRequest | null = null,
): Promise<NeededServiceDto> {
  return inFamily(
    actor,
    familyId,
    async (tx) => {
      const child = await childOfFamily(tx, familyId, childId);
      const before = await markOfChild(tx, childId, markId);
      const next = { ...before, ...input };
      assertOrdered(next.markedOn, next.clearedOn ?? null, "clearedOn", "validation.clearedBeforeMarked");
      const [row] = await tx.update(neededServices).set(input).where(eq(neededServices.id, markId)).returning();
      const changes = changesBetween(before, row!, ["serviceId", "markedOn", "clearedOn", "reason"]);
      if (Object.keys(changes).length > 0) {
        await recordCareEvent(tx, {
          familyId,
          actorId: actor.id,
          action: "service.mark-updated",
          subjectType: "needed-service",
          subjectId: markId,
          subject: { serviceId: row!.serviceId, childId, childName: child.name },
          changes,
        });
      }
      return neededServiceDto(row!);
    },
    request,
  );
}

export async function deleteNeededService(
  actor: Actor,
  familyId: string,
  childId: string,
  markId: string,
  request: IdempotentRequest | null = null,
): Promise<void> {
  await inFamily(
    actor,
    familyId,
    async (tx) => {
      const child = await childOfFamily(tx, familyId, childId);
      const mark = await markOfChild(tx, childId, markId);
      await tx.delete(neededServices).where(eq(neededServices.id, markId));
      await recordCareEvent(tx, {
        familyId,
        actorId: actor.id,
        action: "service.unmarked",
        subjectType: "needed-service",
        subjectId: markId,
        subject: { serviceId: mark.serviceId, childId, childName: child.name },
      });
    },
    request,
  );
}
