import "server-only";
import { and, asc, desc, eq, exists, gt, inArray, lt, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import {
  caseloads,
  documents,
  familyMembers,
  messageAttachments,
  messageReads,
  messages,
  storedFiles,
  users,
} from "@/db/schema";
import type { AttachmentDto } from "@/lib/documents/dto";
import { importedFrom } from "@/lib/domain/record/imported";
import type { Actor } from "@/lib/identity/actor";
import { recordFamilyView } from "@/lib/identity/family-view";
import { familyLinkOf, familyRelation } from "@/lib/identity/family-access";
import { AppError, notFound } from "@/lib/core/errors";
import { isId } from "@/lib/schemas/fields";
import { MESSAGE_PAGE_DEFAULT } from "@/lib/schemas/messages";
import type { MessageDto, MessagePage, ReaderDto } from "./dto";

/**
 * A message's attachments ride in the statement that reads it (a subquery per message, answered
 * from message_attachments' primary key), so no read of a conversation takes an extra round trip.
 */
const attachments = sql<AttachmentDto[]>`coalesce((
  select json_agg(json_build_object(
    'id', ${documents.id}, 'title', ${documents.title}, 'kind', ${documents.kind},
    'contentType', ${documents.contentType}, 'size', ${storedFiles.size}
  ) order by ${messageAttachments.position})
  from ${messageAttachments}
  join ${documents} on ${documents.id} = ${messageAttachments.documentId}
  join ${storedFiles} on ${storedFiles.id} = ${documents.fileId}
  where ${messageAttachments.messageId} = ${messages.id}
), '[]'::json)`;

export const messageColumns = {
  id: messages.id,
  clientMessageId: messages.clientMessageId,
  body: messages.body,
  createdAt: messages.createdAt,
  position: messages.position,
  author: { id: users.id, name: users.name, role: users.role },
  importedAuthorName: messages.importedAuthorName,
  importedAt: messages.importedAt,
  attachments,
};

type MessageRow = {
  id: string;
  clientMessageId: string;
  body: string;
  createdAt: Date;
  position: number;
  author: MessageDto["author"];
  importedAuthorName: string | null;
  importedAt: Date | null;
  attachments: AttachmentDto[] | string;
};

export function toMessageDto({ importedAuthorName, importedAt, ...row }: MessageRow): MessageDto {
  // Drivers differ on json: postgres.js parses it, and the attachment sizes are bigints.
  const list = typeof row.attachments === "string" ? (JSON.parse(row.attachments) as AttachmentDto[]) : row.attachments;
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    imported: importedFrom(importedAuthorName, importedAt),
    attachments: list.map((attachment) => ({ ...attachment, size: Number(attachment.size) })),
  };
}

/** The position of a message of this family, or a 400 naming the field when there is none. */
export async function positionOf(db: Executor, familyId: string, messageId: string, field: string): Promise<number> {
  const [row] = await db
    .select({ position: messages.position })
    .from(messages)
    .where(and(eq(messages.id, messageId), eq(messages.familyId, familyId)));
  if (!row) throw new AppError("validation_failed", { [field]: "validation.unknownMessage" });
  return row.position;
}

/** The newest position in a family's conversation (0 when it is empty). */
async function latestPosition(db: Executor, familyId: string): Promise<number> {
  const [row] = await db
    .select({ position: sql<number>`coalesce(max(${messages.position}), 0)`.mapWith(Number) })
    .from(messages)
    .where(eq(messages.familyId, familyId));
  return row?.position ?? 0;
}

/** Everyone in the conversation (the family's members and its coaches) and how far each has read. */
export async function readersOf(db: Executor, familyId: string): Promise<ReaderDto[]> {
  const participants = sql`(
    select ${familyMembers.userId} as user_id from ${familyMembers} where ${familyMembers.familyId} = ${familyId}
    union select ${caseloads.coachId} from ${caseloads} where ${caseloads.familyId} = ${familyId}
  )`;
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      position: sql<number>`coalesce(${messageReads.lastReadPosition}, 0)`.mapWith(Number),
    })
    .from(sql`${participants} as p`)
    .innerJoin(users, sql`${users.id} = p.user_id`)
    .leftJoin(messageReads, and(eq(messageReads.familyId, familyId), eq(messageReads.userId, users.id)))
    .orderBy(asc(users.name), asc(users.id));
  return rows.map(({ position, ...user }) => ({ user, lastReadPosition: position }));
}

/** One page of the conversation, newest first; `before` is the id of the oldest message already shown. */
export async function listMessages(
  actor: Actor,
  familyId: string,
  options: { before?: string; limit?: number } = {},
): Promise<MessagePage> {
  const db = await getDb();
  await recordCoachRead(db, actor, familyId);
  const limit = options.limit ?? MESSAGE_PAGE_DEFAULT;
  const beforePosition = options.before ? await positionOf(db, familyId, options.before, "before") : undefined;
  const rows = await db
    .select(messageColumns)
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorId))
    .where(
      and(
        eq(messages.familyId, familyId),
        beforePosition === undefined ? undefined : lt(messages.position, beforePosition),
      ),
    )
    .orderBy(desc(messages.position))
    .limit(limit + 1);
  const page = rows.slice(0, limit).map(toMessageDto);
  return {
    messages: page,
    nextCursor: rows.length > limit ? page[page.length - 1]!.id : null,
    readers: await readersOf(db, familyId),
  };
}

/**
 * Messages after a position, oldest first: what a live stream has not sent yet. The access check
 * rides in the same query (one round trip per read, however many streams are open): someone
 * who lost access gets nothing, and the stream's periodic check (`assertConversationAccess`)
 * then ends it.
 */
export async function messagesAfter(
  actor: Pick<Actor, "id" | "role">,
  familyId: string,
  afterPosition: number,
  limit = 200,
): Promise<MessageDto[]> {
  if (!isId(familyId) || actor.role === "admin") throw notFound();
  const db = await getDb();
  const link = familyLinkOf(actor.role);
  const allowed = db
    .select({ one: sql`1` })
    .from(link.table)
    .where(and(eq(link.familyId, familyId), eq(link.userId, actor.id)));
  const rows = await db
    .select(messageColumns)
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorId))
    .where(and(eq(messages.familyId, familyId), gt(messages.position, afterPosition), exists(allowed)))
    .orderBy(asc(messages.position))
    .limit(limit);
  return rows.map(toMessageDto);
}

/** The family's newest message (where a stream that fell too far behind goes on from), if any. */
export async function newestMessage(
  actor: Pick<Actor, "id" | "role">,
  familyId: string,
): Promise<{ id: string; position: number } | null> {
  const db = await getDb();
  await familyRelation(db, actor, familyId);
  const [row] = await db
    .select({ id: messages.id, position: messages.position })
    .from(messages)
    .where(eq(messages.familyId, familyId))
    .orderBy(desc(messages.position))
    .limit(1);
  return row ?? null;
}

/**
 * For a family's feed (all streams of a family in this process): the messages after the lowest
 * position any of its streams has, and, in the same pass, which watching users may still see
 * the family. A stream gets messages only if its user is in `allowed`.
 */
export async function feedAfter(
  familyId: string,
  afterPosition: number,
  watchers: string[],
  limit = 200,
): Promise<{ messages: MessageDto[]; allowed: Set<string> }> {
  const db = await getDb();
  const [rows, allowed] = await Promise.all([
    db
      .select(messageColumns)
      .from(messages)
      .innerJoin(users, eq(users.id, messages.authorId))
      .where(and(eq(messages.familyId, familyId), gt(messages.position, afterPosition)))
      .orderBy(asc(messages.position))
      .limit(limit),
    allowedWatchers(db, familyId, watchers),
  ]);
  return { messages: rows.map(toMessageDto), allowed };
}

/** Which of these users are the family's members or coaches now. */
export async function allowedWatchers(db: Executor, familyId: string, watchers: string[]): Promise<Set<string>> {
  if (watchers.length === 0) return new Set();
  const linked = await db
    .select({ userId: familyMembers.userId })
    .from(familyMembers)
    .where(and(eq(familyMembers.familyId, familyId), inArray(familyMembers.userId, watchers)))
    .union(
      db
        .select({ userId: caseloads.coachId })
        .from(caseloads)
        .where(and(eq(caseloads.familyId, familyId), inArray(caseloads.coachId, watchers))),
    );
  return new Set(linked.map((row) => row.userId));
}

/** Throws not_found when the actor may no longer see the family (a stream checks this periodically). */
export async function assertConversationAccess(actor: Pick<Actor, "id" | "role">, familyId: string): Promise<void> {
  await familyRelation(await getDb(), actor, familyId);
}

/** Where a stream starts: after the named message, or after the newest one when none is named. */
export async function streamStart(
  actor: Pick<Actor, "id" | "role">,
  familyId: string,
  afterMessageId: string | undefined,
): Promise<number> {
  const db = await getDb();
  await recordCoachRead(db, actor, familyId);
  return afterMessageId ? positionOf(db, familyId, afterMessageId, "after") : latestPosition(db, familyId);
}

/**
 * Message text read by a coach is a view of the family's data: each page of messages and each
 * opened stream writes one audit row (what a stream sends later belongs to that one view).
 */
async function recordCoachRead(db: Executor, actor: Pick<Actor, "id" | "role">, familyId: string): Promise<void> {
  const relation = await familyRelation(db, actor, familyId);
  if (relation === "coach")
    await recordFamilyView(db, actor, familyId, { action: "messages.view", targetType: "messages" });
}
