import "server-only";
import crypto from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import {
  careEvents,
  caseloads,
  childNeeds,
  children,
  familyMembers,
  messages,
  neededServices,
  providerChildren,
  providers,
} from "@/db/schema";
import type { QuestionAnswer } from "@/db/schema/care-team";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { AppError } from "@/lib/core/errors";
import { invalidFields } from "@/lib/core/validation";
import type { FamilyExportInput } from "@/lib/schemas/records";
import { assertFamilyOwner } from "./owner";

export type LoadExportResult = {
  children: number;
  providers: number;
  events: number;
  messages: number;
  skippedMessages: number;
  /** Documents described in the export: their bytes are not in a JSON export, so none is loaded. */
  skippedDocuments: number;
};

/**
 * Loads an export into a family that has nothing recorded yet, in one transaction. Every record
 * gets a new id; the history keeps its dates and, where the person is part of this family too, who
 * made each change. A message is kept only when its author takes part in this family's
 * conversation (a message cannot be put in the name of someone who is not there): the others are
 * counted in `skippedMessages`, never written under another name.
 */
export async function loadFamilyExport(
  actor: Actor,
  familyId: string,
  doc: FamilyExportInput,
): Promise<LoadExportResult> {
  assertConsistent(doc);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertFamilyOwner(tx, actor, familyId, "change");
    await assertEmpty(tx, familyId);
    const participants = await participantIds(tx, familyId);
    const newIds = new Map<string, string>();
    const newId = (oldId: string) => {
      let id = newIds.get(oldId);
      if (!id) newIds.set(oldId, (id = crypto.randomUUID()));
      return id;
    };

    for (const child of doc.children) {
      await tx.insert(children).values({
        id: newId(child.id),
        familyId,
        name: child.name,
        birthYear: child.birthYear,
        createdAt: new Date(child.createdAt),
      });
      if (child.needs.length > 0) {
        await tx.insert(childNeeds).values(
          child.needs.map((need) => ({
            id: newId(need.id),
            childId: newId(child.id),
            needId: need.needId,
            identifiedOn: need.identifiedOn,
            resolvedOn: need.resolvedOn,
            note: need.note ?? null,
          })),
        );
      }
      if (child.neededServices.length > 0) {
        await tx.insert(neededServices).values(
          child.neededServices.map((mark) => ({
            id: newId(mark.id),
            childId: newId(child.id),
            serviceId: mark.serviceId,
            markedOn: mark.markedOn,
            clearedOn: mark.clearedOn,
            reason: mark.reason,
          })),
        );
      }
    }
    for (const { id, childIds, createdAt, ...fields } of doc.providers) {
      await tx.insert(providers).values({
        ...fields,
        agency: fields.agency ?? null,
        licenseNumber: fields.licenseNumber ?? null,
        contact: fields.contact ?? null,
        notes: fields.notes ?? null,
        answers: fields.answers as Record<string, QuestionAnswer>,
        id: newId(id),
        familyId,
        createdAt: new Date(createdAt),
      });
      await tx
        .insert(providerChildren)
        .values(childIds.map((childId) => ({ providerId: newId(id), childId: newId(childId) })));
    }
    for (const event of doc.events) {
      await tx.insert(careEvents).values({
        familyId,
        actorId: event.actor && participants.has(event.actor.id) ? event.actor.id : null,
        at: new Date(event.at),
        action: event.action,
        subjectType: event.subjectType,
        subjectId: newId(event.subjectId),
        subject: remapIds(event.subject, newIds) as typeof event.subject,
        changes: remapIds(event.changes, newIds) as Record<string, { from: unknown; to: unknown }>,
      });
    }
    const kept = doc.messages.filter((message) => participants.has(message.author.id));
    if (kept.length > 0) {
      // Positions in this family's conversation are taken under the same lock as a send.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`messages:family:${familyId}`}))`);
      for (const message of kept) {
        await tx.insert(messages).values({
          familyId,
          authorId: message.author.id,
          clientMessageId: crypto.randomUUID(),
          body: message.body,
          createdAt: new Date(message.at),
        });
      }
    }
    const result = {
      children: doc.children.length,
      providers: doc.providers.length,
      events: doc.events.length,
      messages: kept.length,
      skippedMessages: doc.messages.length - kept.length,
      skippedDocuments: doc.documents?.length ?? 0,
    };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "family.import",
      outcome: "ok",
      familyId,
      targetType: "family",
      targetId: familyId,
      details: result,
    });
    return result;
  });
}

/** What the database would refuse, refused first with a field error (never a 500). */
function assertConsistent(doc: FamilyExportInput) {
  const childIds = new Set(doc.children.map((child) => child.id));
  doc.children.forEach((child, c) => {
    child.needs.forEach((need, n) => {
      if (need.resolvedOn && need.resolvedOn < need.identifiedOn)
        throw invalidFields({ [`children.${c}.needs.${n}.resolvedOn`]: "validation.resolvedBeforeIdentified" });
    });
    child.neededServices.forEach((mark, m) => {
      if (mark.clearedOn && mark.clearedOn < mark.markedOn)
        throw invalidFields({ [`children.${c}.neededServices.${m}.clearedOn`]: "validation.clearedBeforeMarked" });
    });
  });
  doc.providers.forEach((provider, p) => {
    if (provider.endOn && provider.endOn < provider.startOn)
      throw invalidFields({ [`providers.${p}.endOn`]: "validation.endBeforeStart" });
    if (provider.childIds.some((id) => !childIds.has(id)))
      throw invalidFields({ [`providers.${p}.childIds`]: "validation.unknownChild" });
  });
  const ids = [
    ...doc.children.flatMap((child) => [
      child.id,
      ...child.needs.map((need) => need.id),
      ...child.neededServices.map((mark) => mark.id),
    ]),
    ...doc.providers.map((provider) => provider.id),
  ];
  if (new Set(ids).size !== ids.length) throw invalidFields({ _: "validation.duplicate" });
}

async function assertEmpty(tx: Executor, familyId: string) {
  const found = await Promise.all([
    tx.select({ id: children.id }).from(children).where(eq(children.familyId, familyId)).limit(1),
    tx.select({ id: providers.id }).from(providers).where(eq(providers.familyId, familyId)).limit(1),
    tx.select({ id: messages.id }).from(messages).where(eq(messages.familyId, familyId)).limit(1),
  ]);
  if (found.some((rows) => rows.length > 0)) throw new AppError("conflict", { _: "validation.familyNotEmpty" });
}

async function participantIds(tx: Executor, familyId: string): Promise<Set<string>> {
  const [members, coaches] = await Promise.all([
    tx.select({ id: familyMembers.userId }).from(familyMembers).where(eq(familyMembers.familyId, familyId)),
    tx.select({ id: caseloads.coachId }).from(caseloads).where(eq(caseloads.familyId, familyId)),
  ]);
  return new Set([...members, ...coaches].map((row) => row.id));
}

/** Replaces every string that is an old record id (a child named in a need's history, say) with its new id. */
function remapIds(value: unknown, newIds: ReadonlyMap<string, string>): unknown {
  if (typeof value === "string") return newIds.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => remapIds(item, newIds));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, remapIds(item, newIds)]));
  return value;
}
