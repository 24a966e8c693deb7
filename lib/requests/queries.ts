import "server-only";
import { and, asc, count, desc, eq, inArray, max } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { requestChildren, requestUpdates, requests, users } from "@/db/schema";
import type { IsoDate } from "@/lib/core/dates";
import { notFound } from "@/lib/core/errors";
import { isId } from "@/lib/schemas/fields";
import { requestDto, requestUpdateDto, type RequestDto, type RequestUpdateDto } from "./dto";

const person = (id: string | null, name: string | null) => (id && name ? { id, name } : null);

/**
 * The family's requests, newest asked first (then newest entered, then by id, so the order is
 * total), in four queries whatever their number: the rows, their children, their update counts.
 * `onlyIds` narrows to some of them (one request's page).
 */
export async function requestsOfFamily(
  db: Executor,
  familyId: string,
  today: IsoDate,
  onlyIds?: string[],
): Promise<RequestDto[]> {
  const scope = onlyIds
    ? and(eq(requests.familyId, familyId), inArray(requests.id, onlyIds))
    : eq(requests.familyId, familyId);
  const [rows, links, stats] = await Promise.all([
    db
      .select({ request: requests, creatorName: users.name })
      .from(requests)
      .leftJoin(users, eq(users.id, requests.createdById))
      .where(scope)
      .orderBy(desc(requests.askedOn), desc(requests.createdAt), desc(requests.id)),
    db
      .select({ requestId: requestChildren.requestId, childId: requestChildren.childId })
      .from(requestChildren)
      .innerJoin(requests, eq(requests.id, requestChildren.requestId))
      .where(scope)
      .orderBy(asc(requestChildren.childId)),
    db
      .select({ requestId: requestUpdates.requestId, updates: count(), lastOn: max(requestUpdates.on) })
      .from(requestUpdates)
      .innerJoin(requests, eq(requests.id, requestUpdates.requestId))
      .where(scope)
      .groupBy(requestUpdates.requestId),
  ]);
  const childIdsOf = new Map<string, string[]>();
  for (const link of links) childIdsOf.set(link.requestId, [...(childIdsOf.get(link.requestId) ?? []), link.childId]);
  const statsOf = new Map(stats.map((row) => [row.requestId, row]));
  return rows.map(({ request, creatorName }) =>
    requestDto(request, {
      childIds: childIdsOf.get(request.id) ?? [],
      createdBy: person(request.createdById, creatorName),
      today,
      updateCount: statsOf.get(request.id)?.updates ?? 0,
      lastUpdateOn: statsOf.get(request.id)?.lastOn ?? null,
    }),
  );
}

/** One request of the family as its row, or a 404 (another family's id looks like no id at all). */
export async function requestRowOfFamily(
  db: Executor,
  familyId: string,
  requestId: string,
  options: { forUpdate?: boolean } = {},
) {
  if (!isId(requestId)) throw notFound();
  const query = db
    .select()
    .from(requests)
    .where(and(eq(requests.id, requestId), eq(requests.familyId, familyId)));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  if (!row) throw notFound();
  return row;
}

export async function requestOfFamily(db: Executor, familyId: string, requestId: string, today: IsoDate) {
  const [dto] = await requestsOfFamily(db, familyId, today, [requestId]);
  if (!dto) throw notFound();
  return dto;
}

/** A request's updates in the order they happened (then as entered). */
export async function updatesOfRequest(db: Executor, requestId: string): Promise<RequestUpdateDto[]> {
  const rows = await db
    .select({ update: requestUpdates, creatorName: users.name })
    .from(requestUpdates)
    .leftJoin(users, eq(users.id, requestUpdates.createdById))
    .where(eq(requestUpdates.requestId, requestId))
    .orderBy(asc(requestUpdates.on), asc(requestUpdates.createdAt), asc(requestUpdates.id));
  return rows.map(({ update, creatorName }) => requestUpdateDto(update, person(update.createdById, creatorName)));
}

/** Every update of the family's requests, by request, in the order they happened (the export). */
export async function updatesOfFamily(db: Executor, familyId: string): Promise<Map<string, RequestUpdateDto[]>> {
  const rows = await db
    .select({ update: requestUpdates, creatorName: users.name })
    .from(requestUpdates)
    .innerJoin(requests, eq(requests.id, requestUpdates.requestId))
    .leftJoin(users, eq(users.id, requestUpdates.createdById))
    .where(eq(requests.familyId, familyId))
    .orderBy(asc(requestUpdates.on), asc(requestUpdates.createdAt), asc(requestUpdates.id));
  const byRequest = new Map<string, RequestUpdateDto[]>();
  for (const { update, creatorName } of rows) {
    const dto = requestUpdateDto(update, person(update.createdById, creatorName));
    byRequest.set(update.requestId, [...(byRequest.get(update.requestId) ?? []), dto]);
  }
  return byRequest;
}
