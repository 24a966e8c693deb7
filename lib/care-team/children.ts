import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { childNeeds, children, neededServices } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import type { IdempotentRequest } from "@/lib/idempotency/request-key";
import type { ChildCreateInput, ChildPatchInput } from "@/lib/schemas/care-team";
import { childDto, needDto, neededServiceDto, type ChildDto, type NeedDto, type NeededServiceDto } from "./dto";
import { changesBetween, recordCareEvent } from "./events";
import { childOfFamily, inFamily, readFamily } from "./scope";

export async function listChildren(actor: Actor, familyId: string): Promise<ChildDto[]> {
  const db = await getDb();
  await readFamily(db, actor, familyId, "children");
  const rows = await db
    .select()
    .from(children)
    .where(eq(children.familyId, familyId))
    .orderBy(asc(children.createdAt), asc(children.id));
  return rows.map(childDto);
}

export async function createChild(
  actor: Actor,
  familyId: string,
  input: ChildCreateInput,
  request: IdempotentRequest | null = null,
): Promise<ChildDto> {
  return inFamily(
    actor,
    familyId,
    async (tx) => {
      const [row] = await tx
        .insert(children)
        .values({ familyId, name: input.name, birthYear: input.birthYear ?? null })
        .returning();
      await recordCareEvent(tx, {
        familyId,
        actorId: actor.id,
        action: "child.added",
        subjectType: "child",
        subjectId: row!.id,
        subject: { name: row!.name },
      });
      return childDto(row!);
    },
    request,
  );
}

export async function updateChild(
  actor: Actor,
  familyId: string,
  childId: string,
  input: ChildPatchInput,
  request: IdempotentRequest | null = null,
): Promise<ChildDto> {
  return inFamily(
    actor,
    familyId,
    async (tx) => {
      const before = await childOfFamily(tx, familyId, childId);
      const [row] = await tx.update(children).set(input).where(eq(children.id, childId)).returning();
      const changes = changesBetween(before, row!, ["name", "birthYear"]);
      if (Object.keys(changes).length > 0) {
        await recordCareEvent(tx, {
          familyId,
          actorId: actor.id,
          action: "child.updated",
          subjectType: "child",
          subjectId: childId,
          subject: { name: row!.name },
          changes,
        });
      }
      return childDto(row!);
    },
    request,
  );
}

/** Removes the child with their needs and marks; providers stay (they may serve a sibling). */
export async function deleteChild(
  actor: Actor,
  familyId: string,
  childId: string,
  request: IdempotentRequest | null = null,
): Promise<void> {
  await inFamily(
    actor,
    familyId,
    async (tx) => {
      const child = await childOfFamily(tx, familyId, childId);
      await tx.delete(children).where(eq(children.id, childId));
      await recordCareEvent(tx, {
        familyId,
        actorId: actor.id,
        action: "child.removed",
        subjectType: "child",
        subjectId: childId,
        subject: { name: child.name },
      });
    },
    request,
  );
}

export type ChildWithNeeds = ChildDto & { needs: NeedDto[]; neededServices: NeededServiceDto[] };

/** The family's children, each with every need and directly marked service (three queries). */
export async function listChildrenWithNeeds(actor: Actor, familyId: string): Promise<ChildWithNeeds[]> {
  const db = await getDb();
  await readFamily(db, actor, familyId, "children");
  return listChildrenWithNeedsIn(db, familyId);
}

/** The same, for a caller that has already checked who may read the family (the export). */
export async function listChildrenWithNeedsIn(db: Executor, familyId: string): Promise<ChildWithNeeds[]> {
  const [rows, needRows, markRows] = await Promise.all([
    db
      .select()
      .from(children)
      .where(eq(children.familyId, familyId))
      .orderBy(asc(children.createdAt), asc(children.id)),
    db
      .select({ need: childNeeds })
      .from(childNeeds)
      .innerJoin(children, eq(children.id, childNeeds.childId))
      .where(eq(children.familyId, familyId))
      .orderBy(asc(childNeeds.identifiedOn)),
    db
      .select({ mark: neededServices })
      .from(neededServices)
      .innerJoin(children, eq(children.id, neededServices.childId))
      .where(eq(children.familyId, familyId))
      .orderBy(asc(neededServices.markedOn)),
  ]);
  return rows.map((row) => ({
    ...childDto(row),
    needs: needRows.filter(({ need }) => need.childId === row.id).map(({ need }) => needDto(need)),
    neededServices: markRows.filter(({ mark }) => mark.childId === row.id).map(({ mark }) => neededServiceDto(mark)),
  }));
}
