import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { letters, requestChildren, requests } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import type { IdempotentRequest } from "@/lib/idempotency/request-key";
import { invalidFields } from "@/lib/core/validation";
import type { IsoDate } from "@/lib/core/dates";
import { suggestDueDate, type DueRule, type RequestKind } from "@/lib/domain/requests";
import type { RequestCreateInput, RequestPatchInput } from "@/lib/schemas/requests";
import { changesBetween, recordCareEvent } from "@/lib/care-team/events";
import { practiceToday } from "@/lib/care-team/gaps";
import { openRequestsOf } from "@/lib/care-team/gap-requests";
import { inFamily, readFamily } from "@/lib/care-team/scope";
import type { RequestDto, RequestWithUpdatesDto } from "./dto";
import { assertLinksOfFamily, stateOfFamily } from "./links";
import { requestOfFamily, requestRowOfFamily, requestsOfFamily, updatesOfRequest } from "./queries";

/** What the history keeps to name a request after it is gone. */
export const requestSubject = (row: { kind: string; toName: string; toOrganization: string | null }) => ({
  kind: row.kind,
  toName: row.toName,
  toOrganization: row.toOrganization,
});

const TRACKED_FIELDS = [
  "kind",
  "toName",
  "toOrganization",
  "toRole",
  "childIds",
  "serviceIds",
  "providerId",
  "letterId",
  "askedOn",
  "channel",
  "summary",
  "dueOn",
  "status",
] as const;

/** A date the family says something happened may not be after today (where the practice is). */
function assertNotFuture(field: string, date: IsoDate, today: IsoDate) {
  if (date > today) throw invalidFields({ [field]: "validation.futureDate" });
}

export async function listRequests(actor: Actor, familyId: string, now = new Date()): Promise<RequestDto[]> {
  const db = await getDb();
  await readFamily(db, actor, familyId, "requests");
  return requestsOfFamily(db, familyId, practiceToday(now));
}

/**
 * The family's open requests whose answer is late, the longest overdue first: the family's home
 * ranks them in "what to do first". Read with the gaps' open requests, kept per care version.
 */
export async function listOverdueRequests(
  actor: Actor,
  familyId: string,
  now = new Date(),
): Promise<{ id: string; dueOn: IsoDate; toName: string }[]> {
  const db = await getDb();
  const family = await readFamily(db, actor, familyId, "requests");
  const today = practiceToday(now);
  return (await openRequestsOf(db, family))
    .filter((request) => request.dueOn < today)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id))
    .map(({ id, dueOn, toName }) => ({ id, dueOn, toName }));
}

export async function getRequest(
  actor: Actor,
  familyId: string,
  requestId: string,
  now = new Date(),
): Promise<RequestWithUpdatesDto> {
  const db = await getDb();
  await readFamily(db, actor, familyId, "request");
  const request = await requestOfFamily(db, familyId, requestId, practiceToday(now));
  return { ...request, updates: await updatesOfRequest(db, requestId) };
}

/** The date asked for by the family, or Clarity's suggestion with the rule behind it. */
async function dueDateOf(
  tx: Executor,
  familyId: string,
  input: { kind: RequestKind; askedOn: IsoDate; dueOn?: IsoDate | null },
): Promise<{ dueOn: IsoDate; dueRule: DueRule | null }> {
  if (input.dueOn) return { dueOn: input.dueOn, dueRule: null };
  return suggestDueDate({ kind: input.kind, state: await stateOfFamily(tx, familyId), askedOn: input.askedOn });
}

export async function createRequest(
  actor: Actor,
  familyId: string,
  input: RequestCreateInput,
  request: IdempotentRequest | null = null,
  now = new Date(),
): Promise<RequestDto> {
  const today = practiceToday(now);
  return inFamily(
    actor,
    familyId,
    async (tx) => {
      assertNotFuture("askedOn", input.askedOn, today);
      await assertLinksOfFamily(tx, familyId, input);
      const due = await dueDateOf(tx, familyId, input);
      const [row] = await tx
        .insert(requests)
        .values({
          familyId,
          kind: input.kind,
          toName: input.to.name,
          toOrganization: input.to.organization ?? null,
          toRole: input.to.role ?? null,
          serviceIds: input.serviceIds,
          providerId: input.providerId ?? null,
          letterId: input.letterId ?? null,
          askedOn: input.askedOn,
          channel: input.channel,
          summary: input.summary,
          dueOn: due.dueOn,
          dueRule: due.dueRule,
          createdById: actor.id,
        })
        .returning();
      await tx.insert(requestChildren).values(input.childIds.map((childId) => ({ requestId: row!.id, childId })));
      // "Mark as sent" on a letter: the letter points back at the request it became, unless it already did.
      if (input.letterId)
        await tx
          .update(letters)
          .set({ requestId: row!.id })
          .where(and(eq(letters.id, input.letterId), isNull(letters.requestId)));
      await recordCareEvent(tx, {
        familyId,
        actorId: actor.id,
        action: "request.added",
        subjectType: "request",
        subjectId: row!.id,
        subject: requestSubject(row!),
        changes: {
          askedOn: { from: null, to: row!.askedOn },
          channel: { from: null, to: row!.channel },
          dueOn: { from: null, to: row!.dueOn },
          serviceIds: { from: null, to: row!.serviceIds },
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "request.create",
        outcome: "ok",
        familyId,
        targetType: "request",
        targetId: row!.id,
        details: { kind: row!.kind, suggestedDue: due.dueRule !== null },
      });
      return requestOfFamily(tx, familyId, row!.id, today);
    },
    request,
  );
}

export async function updateRequest(
  actor: Actor,
  familyId: string,
  requestId: string,
  input: RequestPatchInput,
  request: IdempotentRequest | null = null,
  now = new Date(),
): Promise<RequestDto> {
  const today = practiceToday(now);
  return inFamily(
    actor,
    familyId,
    async (tx) => {
      const row = await requestRowOfFamily(tx, familyId, requestId, { forUpdate: true });
      const before = await requestOfFamily(tx, familyId, requestId, today);
      if (input.askedOn) assertNotFuture("askedOn", input.askedOn, today);
      await assertLinksOfFamily(tx, familyId, input);
      const kind = input.kind ?? (row.kind as RequestKind);
      const askedOn = input.askedOn ?? row.askedOn;
      // A date the family set stays theirs; one Clarity suggested follows the kind and the day asked.
      const resuggest =
        input.dueOn === null ||
        (input.dueOn === undefined && row.dueRule !== null && (kind !== row.kind || askedOn !== row.askedOn));
      const due =
        input.dueOn !== undefined && input.dueOn !== null
          ? { dueOn: input.dueOn, dueRule: null }
          : resuggest
            ? await dueDateOf(tx, familyId, { kind, askedOn })
            : { dueOn: row.dueOn, dueRule: row.dueRule };
      if (due.dueOn < askedOn) throw invalidFields({ dueOn: "validation.dueBeforeAsked" });
      const { to, childIds, ...fields } = input;
      await tx
        .update(requests)
        .set({
          ...fields,
          ...(to ? { toName: to.name, toOrganization: to.organization ?? null, toRole: to.role ?? null } : {}),
          dueOn: due.dueOn,
          dueRule: due.dueRule,
          updatedAt: now,
        })
        .where(eq(requests.id, requestId));
      if (childIds) {
        await tx.delete(requestChildren).where(eq(requestChildren.requestId, requestId));
        await tx.insert(requestChildren).values(childIds.map((childId) => ({ requestId, childId })));
      }
      const after = await requestOfFamily(tx, familyId, requestId, today);
      const flat = (dto: RequestDto) => ({
        ...dto,
        toName: dto.to.name,
        toOrganization: dto.to.organization,
        toRole: dto.to.role,
      });
      const changes = changesBetween(flat(before), flat(after), TRACKED_FIELDS);
      if (Object.keys(changes).length > 0) {
        await recordCareEvent(tx, {
          familyId,
          actorId: actor.id,
          action: "request.updated",
          subjectType: "request",
          subjectId: requestId,
          subject: requestSubject({ kind: after.kind, toName: after.to.name, toOrganization: after.to.organization }),
          changes,
        });
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: "request.update",
        outcome: "ok",
        familyId,
        targetType: "request",
        targetId: requestId,
        details: { fields: Object.keys(changes).join(",") },
      });
      return after;
    },
    request,
  );
}

export async function deleteRequest(
  actor: Actor,
  familyId: string,
  requestId: string,
  request: IdempotentRequest | null = null,
): Promise<void> {
  await inFamily(
    actor,
    familyId,
    async (tx) => {
      const row = await requestRowOfFamily(tx, familyId, requestId, { forUpdate: true });
      await tx.delete(requests).where(eq(requests.id, requestId));
      await recordCareEvent(tx, {
        familyId,
        actorId: actor.id,
        action: "request.removed",
        subjectType: "request",
        subjectId: requestId,
        subject: requestSubject(row),
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "request.delete",
        outcome: "ok",
        familyId,
        targetType: "request",
        targetId: requestId,
        details: { kind: row.kind },
      });
    },
    request,
  );
}
