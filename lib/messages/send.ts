import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { documents, messageAttachments, messages, users } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { familyRelation } from "@/lib/identity/family-access";
import { AppError } from "@/lib/core/errors";
import { invalidFields, validationError } from "@/lib/core/validation";
import { sendMessageSchema, type SendMessageInput } from "@/lib/schemas/messages";
import type { MessageDto } from "./dto";
import { signalChange } from "./live-hub";
import { messageColumns, toMessageDto } from "./queries";

/** Validates a send; a body over the limit is a 422 of its own, so clients can tell it apart. */
export function parseSendInput(input: unknown): SendMessageInput {
  const result = sendMessageSchema.safeParse(input);
  if (result.success) return result.data;
  const error = validationError(result.error);
  if (result.error.issues.some((issue) => issue.message === "validation.messageTooLong")) {
    throw new AppError("message_too_long", error.fields);
  }
  throw error;
}

type SendResult = { message: MessageDto; created: boolean };

/**
 * Sends a message, idempotently: the sender's clientMessageId names it, so a retry (or two
 * identical sends at once) finds the stored message instead of writing another; the same id with
 * another body is a 409. The per-family advisory lock makes positions commit in order within a
 * conversation, which is what lets a live stream resume from a position without gaps.
 */
export async function sendMessage(actor: Actor, familyId: string, input: SendMessageInput): Promise<SendResult> {
  const documentIds = input.documentIds ?? [];
  const db = await getDb();
  return db.transaction(async (tx) => {
    await familyRelation(tx, actor, familyId, "change");
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`messages:family:${familyId}`}))`);
    const [inserted] = await tx
      .insert(messages)
      .values({
        familyId,
        authorId: actor.id,
        clientMessageId: input.clientMessageId,
        body: input.body,
        createdAt: sql`clock_timestamp()`,
      })
      .onConflictDoNothing({ target: [messages.authorId, messages.clientMessageId] })
      .returning({ id: messages.id });
    const id = inserted?.id;
    if (id && documentIds.length > 0) await attach(tx, familyId, id, documentIds);
    const [row] = await tx
      .select({ ...messageColumns, familyId: messages.familyId })
      .from(messages)
      .innerJoin(users, eq(users.id, messages.authorId))
      .where(
        id
          ? eq(messages.id, id)
          : and(eq(messages.authorId, actor.id), eq(messages.clientMessageId, input.clientMessageId)),
      );
    if (!row) throw new Error("message vanished after insert");
    const { familyId: storedFamilyId, ...stored } = row;
    if (!id) {
      const message = toMessageDto(stored);
      const sameAttachments =
        JSON.stringify(message.attachments.map((attachment) => attachment.id)) === JSON.stringify(documentIds);
      if (storedFamilyId !== familyId || stored.body !== input.body || !sameAttachments) {
        throw new AppError("conflict", { clientMessageId: "validation.clientMessageIdReused" });
      }
      return { message, created: false };
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "message.send",
      targetType: "message",
      targetId: id,
      familyId,
      outcome: "ok",
      details: {
        characters: Array.from(input.body).length,
        ...(documentIds.length > 0 ? { attachments: documentIds.length } : {}),
      },
    });
    await signalChange(tx, { familyId, kind: "message", messageId: id });
    return { message: toMessageDto(stored), created: true };
  });
}

/** The documents a message carries must be its family's: another family's id is a field error. */
async function attach(tx: Executor, familyId: string, messageId: string, documentIds: string[]): Promise<void> {
  const found = await tx
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.familyId, familyId), inArray(documents.id, documentIds)));
  if (found.length !== documentIds.length) throw invalidFields({ documentIds: "validation.unknownDocument" });
  await tx
    .insert(messageAttachments)
    .values(documentIds.map((documentId, position) => ({ messageId, documentId, position })));
}
