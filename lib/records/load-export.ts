import "server-only";
import crypto from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import {
  careEvents,
  childNeeds,
  children,
  families,
  messages,
  neededServices,
  providerChildren,
  providers,
  requestChildren,
  requestUpdates,
  requests,
  letters,
} from "@/db/schema";
import type { QuestionAnswer } from "@/db/schema/care-team";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { AppError } from "@/lib/core/errors";
import { credentialById } from "@/lib/domain/catalog";
import { invalidFields } from "@/lib/core/validation";
import type { FamilyExportInput } from "@/lib/schemas/records";
import { assertFamilyOwner } from "./owner";

type LoadExportResult = {
  children: number;
  providers: number;
  events: number;
  messages: number;
  requests: number;
  letters: number;
  /** Documents described in the export: their bytes are not in a JSON export, so none is loaded. */
  skippedDocuments: number;
};

/** Only the family's own parents load a record into it: checked before the body is even read. */
export async function assertMayImport(actor: Actor, familyId: string): Promise<void> {
  await assertFamilyOwner(await getDb(), actor, familyId, "change");
}

/**
 * Loads an export into a family that has nothing recorded yet, in one transaction, as one audited
 * event. Every record gets a new id. The history and the conversation keep their dates, but the
 * people a file names are only names: a file is whatever its holder typed, so a message or a
 * change it attributes to someone (the family's coach, say) is stored as imported, with that
 * name as text and the parent who loaded it as the one who wrote it into Clarity, and every
 * page shows it as imported. Nothing loaded is left unread or sends a "message waiting" email.
 */
export async function loadFamilyExport(
  actor: Actor,
  familyId: string,
  doc: FamilyExportInput,
  now = new Date(),
): Promise<LoadExportResult> {
  assertConsistent(doc, now);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertFamilyOwner(tx, actor, familyId, "change");
    await assertEmpty(tx, familyId);
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
    // The record's credentials were read in its state: the family takes it, unless it chose its own.
    if (doc.family.state)
      await tx
        .update(families)
        .set({ state: doc.family.state })
        .where(and(eq(families.id, familyId), isNull(families.state)));
    for (const { id, childIds, createdAt, credentialId, credentialIds, supervisor, ...fields } of doc.providers) {
      await tx.insert(providers).values({
        ...fields,
        // Old ids become the entries they stand for (`qmha` → `or:qmha`); a team supervisor is
        // linked once every provider exists (below).
        credentialIds: (credentialIds ?? [credentialId]).map((known) => credentialById(known)!.id),
        supervisorName: supervisor && "name" in supervisor ? supervisor.name : null,
        supervisorCredentialId:
          supervisor && "credentialId" in supervisor ? credentialById(supervisor.credentialId)!.id : null,
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
    for (const provider of doc.providers) {
      if (provider.supervisor && "providerId" in provider.supervisor)
        await tx
          .update(providers)
          .set({ supervisorProviderId: newId(provider.supervisor.providerId) })
          .where(eq(providers.id, newId(provider.id)));
    }
    // Letters before requests, so a request sent as a letter keeps its link; a letter's own
    // request is set once the requests are in.
    for (const letter of doc.letters ?? [])
      await tx.insert(letters).values({
        id: newId(letter.id),
        familyId,
        childId: newId(letter.childId),
        template: letter.template,
        locale: letter.locale,
        subject: letter.subject,
        body: letter.body,
        serviceIds: letter.serviceIds,
        providerId: letter.providerId ? newId(letter.providerId) : null,
        recipientName: letter.recipient.name,
        recipientOrganization: letter.recipient.organization ?? null,
        createdById: actor.id,
        createdAt: new Date(letter.createdAt),
        updatedAt: new Date(letter.updatedAt),
      });
    const letterIds = new Set((doc.letters ?? []).map((letter) => letter.id));
    for (const request of doc.requests ?? []) {
      await tx.insert(requests).values({
        letterId: request.letterId && letterIds.has(request.letterId) ? newId(request.letterId) : null,
        id: newId(request.id),
        familyId,
        kind: request.kind,
        toName: request.to.name,
        toOrganization: request.to.organization ?? null,
        toRole: request.to.role ?? null,
        serviceIds: request.serviceIds,
        providerId: request.providerId ? newId(request.providerId) : null,
        askedOn: request.askedOn,
        channel: request.channel,
        summary: request.summary,
        dueOn: request.dueOn,
        dueRule: request.dueRule,
        status: request.status,
        createdById: actor.id,
        createdAt: new Date(request.createdAt),
        updatedAt: new Date(request.updatedAt),
      });
      await tx
        .insert(requestChildren)
        .values(request.childIds.map((childId) => ({ requestId: newId(request.id), childId: newId(childId) })));
      if (request.updates.length > 0)
        await tx.insert(requestUpdates).values(
          request.updates.map((update) => ({
            id: newId(update.id),
            requestId: newId(request.id),
            on: update.on,
            note: update.note,
            status: update.status,
            createdById: actor.id,
            createdAt: new Date(update.createdAt),
          })),
        );
    }
    for (const letter of doc.letters ?? [])
      if (letter.requestId)
        await tx
          .update(letters)
          .set({ requestId: newId(letter.requestId) })
          .where(eq(letters.id, newId(letter.id)));
    for (const batch of chunks(doc.events, BATCH)) {
      await tx.insert(careEvents).values(
        batch.map((event) => ({
          familyId,
          actorId: actor.id,
          importedActorName: event.imported?.name ?? event.actor?.name ?? "",
          importedAt: now,
          at: new Date(event.at),
          action: event.action,
          subjectType: event.subjectType,
          subjectId: newId(event.subjectId),
          subject: remapIds(event.subject, newIds) as typeof event.subject,
          changes: remapIds(event.changes, newIds) as Record<string, { from: unknown; to: unknown }>,
        })),
      );
    }
    if (doc.messages.length > 0) {
      // Positions in this family's conversation are taken under the same lock as a send.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`messages:family:${familyId}`}))`);
      for (const batch of chunks(doc.messages, BATCH)) {
        await tx.insert(messages).values(
          batch.map((message) => ({
            familyId,
            authorId: actor.id,
            importedAuthorName: message.imported?.name ?? message.author.name,
            importedAt: now,
            clientMessageId: crypto.randomUUID(),
            body: message.body,
            createdAt: new Date(message.at),
          })),
        );
      }
      await markAllRead(tx, familyId);
    }
    const result = {
      children: doc.children.length,
      providers: doc.providers.length,
      events: doc.events.length,
      messages: doc.messages.length,
      requests: doc.requests?.length ?? 0,
      letters: doc.letters?.length ?? 0,
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

/** Rows per insert: far below Postgres's 65,535 parameters per statement. */
const BATCH = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A file may be old, never from the future: a date past now would sort above everything real. */
const LEEWAY_MS = 5 * 60_000;

/** What the database would refuse, or the app would misread, refused first with a field error (never a 500). */
function assertConsistent(doc: FamilyExportInput, now: Date) {
  const latest = now.getTime() + LEEWAY_MS;
  const inFuture = (instant: string) => Date.parse(instant) > latest;
  doc.events.forEach((event, e) => {
    if (inFuture(event.at)) throw invalidFields({ [`events.${e}.at`]: "validation.futureDate" });
  });
  doc.messages.forEach((message, m) => {
    if (inFuture(message.at)) throw invalidFields({ [`messages.${m}.at`]: "validation.futureDate" });
  });
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
    const supervisor = provider.supervisor;
    if (
      supervisor &&
      "providerId" in supervisor &&
      (supervisor.providerId === provider.id || !doc.providers.some((other) => other.id === supervisor.providerId))
    )
      throw invalidFields({ [`providers.${p}.supervisor`]: "validation.unknownSupervisor" });
  });
  const providerIds = new Set(doc.providers.map((provider) => provider.id));
  (doc.requests ?? []).forEach((request, r) => {
    if (request.childIds.some((id) => !childIds.has(id)))
      throw invalidFields({ [`requests.${r}.childIds`]: "validation.unknownChild" });
    if (request.providerId && !providerIds.has(request.providerId))
      throw invalidFields({ [`requests.${r}.providerId`]: "validation.unknownProvider" });
    if (request.dueOn < request.askedOn) throw invalidFields({ [`requests.${r}.dueOn`]: "validation.dueBeforeAsked" });
    if (new Set(request.childIds).size !== request.childIds.length)
      throw invalidFields({ [`requests.${r}.childIds`]: "validation.duplicate" });
  });
  const requestIds = new Set((doc.requests ?? []).map((request) => request.id));
  (doc.letters ?? []).forEach((letter, l) => {
    if (!childIds.has(letter.childId)) throw invalidFields({ [`letters.${l}.childId`]: "validation.unknownChild" });
    if (letter.providerId && !providerIds.has(letter.providerId))
      throw invalidFields({ [`letters.${l}.providerId`]: "validation.unknownProvider" });
    if (letter.requestId && !requestIds.has(letter.requestId))
      throw invalidFields({ [`letters.${l}.requestId`]: "validation.unknownRequest" });
  });
  const ids = [
    ...(doc.letters ?? []).map((letter) => letter.id),
    ...(doc.requests ?? []).flatMap((request) => [request.id, ...request.updates.map((update) => update.id)]),
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

/** Everyone taking part in the conversation has read what was loaded: it is history, not news. */
async function markAllRead(tx: Executor, familyId: string) {
  await tx.execute(sql`
    insert into message_reads (family_id, user_id, last_read_position)
    select ${familyId}::uuid, p.user_id, (select max(position) from messages where family_id = ${familyId}::uuid)
    from (
      select user_id from family_members where family_id = ${familyId}::uuid
      union select coach_id from caseloads where family_id = ${familyId}::uuid
    ) p
    on conflict (family_id, user_id) do update set last_read_position = excluded.last_read_position, read_at = now()`);
}

/** Replaces every string that is an old record id (a child named in a need's history, say) with its new id. */
function remapIds(value: unknown, newIds: ReadonlyMap<string, string>): unknown {
  if (typeof value === "string") return newIds.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => remapIds(item, newIds));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, remapIds(item, newIds)]));
  return value;
}
