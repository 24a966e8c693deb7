import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { careEvents, families, messageAttachments, messages, users } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { listChildrenWithNeedsIn } from "@/lib/care-team/children";
import { careEventDto } from "@/lib/care-team/events";
import { importedFrom } from "@/lib/domain/record/imported";
import { providersOfFamily } from "@/lib/care-team/providers";
import { citationsOfFamily } from "@/lib/documents/citations";
import { documentsOfFamily } from "@/lib/documents/documents";
import { practiceToday } from "@/lib/care-team/gaps";
import { requestsOfFamily, updatesOfFamily } from "@/lib/requests/queries";
import { EXPORT_FORMAT, EXPORT_VERSION, type FamilyExport } from "./export-types";
import { assertFamilyOwner } from "./owner";

/** The family's whole record for one of its members; the export itself is audited (no content). */
export async function exportFamily(
  actor: Actor,
  familyId: string,
  format: "json" | "fhir" | "zip",
  now = new Date(),
): Promise<FamilyExport> {
  const db = await getDb();
  await assertFamilyOwner(db, actor, familyId);
  const record = await readFamilyRecord(db, familyId, now);
  await recordAudit(db, {
    actorId: actor.id,
    action: "family.export",
    outcome: "ok",
    familyId,
    targetType: "family",
    targetId: familyId,
    details: { format },
  });
  return record;
}

/** Reads the export document; no authorization here (callers check), one read per table. */
async function readFamilyRecord(db: Executor, familyId: string, now = new Date()): Promise<FamilyExport> {
  const person = { id: users.id, name: users.name, role: users.role };
  const [
    [family],
    childRows,
    providers,
    eventRows,
    messageRows,
    attachmentRows,
    documents,
    citations,
    requestRows,
    updatesOf,
  ] = await Promise.all([
    db
      .select({ id: families.id, name: families.name, state: families.state })
      .from(families)
      .where(eq(families.id, familyId)),
    listChildrenWithNeedsIn(db, familyId),
    providersOfFamily(db, familyId),
    db
      .select({ event: careEvents, actor: person })
      .from(careEvents)
      .leftJoin(users, eq(users.id, careEvents.actorId))
      .where(eq(careEvents.familyId, familyId))
      .orderBy(asc(careEvents.id)),
    db
      .select({
        id: messages.id,
        at: messages.createdAt,
        body: messages.body,
        author: person,
        importedAuthorName: messages.importedAuthorName,
        importedAt: messages.importedAt,
      })
      .from(messages)
      .innerJoin(users, eq(users.id, messages.authorId))
      .where(eq(messages.familyId, familyId))
      .orderBy(asc(messages.position)),
    db
      .select({ messageId: messageAttachments.messageId, documentId: messageAttachments.documentId })
      .from(messageAttachments)
      .innerJoin(messages, eq(messages.id, messageAttachments.messageId))
      .where(eq(messages.familyId, familyId))
      .orderBy(asc(messageAttachments.messageId), asc(messageAttachments.position)),
    documentsOfFamily(db, familyId),
    citationsOfFamily(db, familyId),
    requestsOfFamily(db, familyId, practiceToday(now)),
    updatesOfFamily(db, familyId),
  ]);
  const attachmentsOf = new Map<string, string[]>();
  for (const row of attachmentRows)
    attachmentsOf.set(row.messageId, [...(attachmentsOf.get(row.messageId) ?? []), row.documentId]);
  // Ids change when a record is loaded elsewhere: everything is ordered by its content instead, so
  // an export, a load into a fresh family and a second export list things the same way.
  const children = byContent(childRows, (child) => [child.createdAt, child.name]);
  const childOrder = new Map(children.map((child, index) => [child.id, index]));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    family: family!,
    children: children.map(({ id, name, birthYear, createdAt, needs, neededServices }) => ({
      id,
      name,
      birthYear,
      createdAt,
      needs: byContent(needs, (need) => [need.identifiedOn, need.needId, need.resolvedOn ?? "", need.note ?? ""]).map(
        ({ id: needRowId, needId, identifiedOn, resolvedOn, note }) => ({
          id: needRowId,
          needId,
          identifiedOn,
          resolvedOn,
          note,
        }),
      ),
      neededServices: byContent(neededServices, (mark) => [
        mark.markedOn,
        mark.serviceId,
        mark.clearedOn ?? "",
        mark.reason,
      ]).map(({ id: markId, serviceId, markedOn, clearedOn, reason }) => ({
        id: markId,
        serviceId,
        markedOn,
        clearedOn,
        reason,
      })),
    })),
    providers: byContent(providers, (provider) => [
      provider.startOn,
      provider.createdAt,
      provider.name,
      provider.statedTitle,
      provider.credentialId,
      provider.agency ?? "",
    ]).map((provider) => ({
      ...provider,
      childIds: [...provider.childIds].sort((a, b) => (childOrder.get(a) ?? 0) - (childOrder.get(b) ?? 0)),
    })),
    events: eventRows.map(({ event, actor }) => careEventDto(event, actor?.id ? actor : null)),
    messages: messageRows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      author: row.author,
      body: row.body,
      imported: importedFrom(row.importedAuthorName, row.importedAt),
      ...(attachmentsOf.has(row.id) ? { documentIds: attachmentsOf.get(row.id) } : {}),
    })),
    documents: byContent(documents, (document) => [document.uploadedAt, document.title, document.sha256]),
    citations: citations.map(({ id, documentId, subjectType, subjectId, page, quote, createdBy, createdAt }) => ({
      id,
      documentId,
      subjectType,
      subjectId,
      page,
      quote,
      createdBy,
      createdAt,
    })),
    requests: byContent(requestRows, (request) => [request.askedOn, request.createdAt, request.summary]).map(
      (request) => ({
        id: request.id,
        kind: request.kind,
        to: request.to,
        childIds: request.childIds,
        serviceIds: request.serviceIds,
        providerId: request.providerId,
        letterId: request.letterId,
        askedOn: request.askedOn,
        channel: request.channel,
        summary: request.summary,
        dueOn: request.dueOn,
        dueRule: request.dueRule ?? null,
        status: request.status,
        createdAt: request.createdAt,
        updatedAt: request.updatedAt,
        updates: (updatesOf.get(request.id) ?? []).map(({ id, on, note, status, createdAt }) => ({
          id,
          on,
          note,
          status,
          createdAt,
        })),
      }),
    ),
  };
}

function byContent<T>(items: readonly T[], key: (item: T) => string[]): T[] {
  const compare = (a: string[], b: string[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
    return 0;
  };
  return [...items].sort((a, b) => compare(key(a), key(b)));
}
