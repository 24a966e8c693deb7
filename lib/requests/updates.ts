import "server-only";
import { eq } from "drizzle-orm";
import { requestUpdates, requests } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import type { IdempotentRequest } from "@/lib/idempotency/request-key";
import { invalidFields } from "@/lib/core/validation";
import type { RequestUpdateCreateInput } from "@/lib/schemas/requests";
import { recordCareEvent } from "@/lib/care-team/events";
import { practiceToday } from "@/lib/care-team/gaps";
import { inFamily } from "@/lib/care-team/scope";
import { requestUpdateDto, type RequestDto, type RequestUpdateDto } from "./dto";
import { requestOfFamily, requestRowOfFamily } from "./queries";
import { requestSubject } from "./requests";
import type { CareEventChange } from "@/db/schema/care-team";

/**
 * Adds what happened next to a request (a call back, an answer, a denial), and sets its status
 * when the update says one. Updates are never edited; each is a line in the family's history.
 */
export async function addRequestUpdate(
  actor: Actor,
  familyId: string,
  requestId: string,
  input: RequestUpdateCreateInput,
  request: IdempotentRequest | null = null,
  now = new Date(),
): Promise<{ update: RequestUpdateDto; request: RequestDto }> {
  const today = practiceToday(now);
  return inFamily(
    actor,
    familyId,
    async (tx) => {
      const row = await requestRowOfFamily(tx, familyId, requestId, { forUpdate: true });
      if (input.on > today) throw invalidFields({ on: "validation.futureDate" });
      if (input.on < row.askedOn) throw invalidFields({ on: "validation.updateBeforeAsked" });
      const [update] = await tx
        .insert(requestUpdates)
        .values({ requestId, on: input.on, note: input.note, status: input.status ?? null, createdById: actor.id })
        .returning();
      const statusChanged = input.status !== undefined && input.status !== row.status;
      await tx
        .update(requests)
        .set({ ...(statusChanged ? { status: input.status } : {}), updatedAt: now })
        .where(eq(requests.id, requestId));
      const changes: Record<string, CareEventChange> = {
        on: { from: null, to: input.on },
        note: { from: null, to: input.note },
      };
      if (statusChanged) changes.status = { from: row.status, to: input.status };
      await recordCareEvent(tx, {
        familyId,
        actorId: actor.id,
        action: "request.noted",
        subjectType: "request",
        subjectId: requestId,
        subject: requestSubject(row),
        changes,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "request.note",
        outcome: "ok",
        familyId,
        targetType: "request",
        targetId: requestId,
        details: { status: statusChanged ? input.status! : null },
      });
      return {
        update: requestUpdateDto(update!, { id: actor.id, name: actor.name }),
        request: await requestOfFamily(tx, familyId, requestId, today),
      };
    },
    request,
  );
}
