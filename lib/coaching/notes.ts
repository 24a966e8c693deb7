import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { coachNotes, users } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { AppError, notFound } from "@/lib/core/errors";
import type { NoteInput } from "@/lib/schemas/coaching";
import { isId } from "@/lib/schemas/fields";
import { assertFamilyCoach, readAsFamilyCoach } from "./scope";

export type CoachNote = {
  id: string;
  body: string;
  author: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
  /** Only the author may change or delete a note. */
  editable: boolean;
};

// The most a family's notes page shows; years of weekly notes stay well below it.
const NOTES_LIMIT = 500;

function toDto(actor: Pick<Actor, "id">, row: typeof coachNotes.$inferSelect, authorName: string | null): CoachNote {
  return {
    id: row.id,
    body: row.body,
    author: row.authorId && authorName ? { id: row.authorId, name: authorName } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    editable: row.authorId === actor.id,
  };
}

/** The family's private notes, newest first: coaches on its caseload only (anyone else 404). */
export async function listNotes(actor: Actor, familyId: string): Promise<CoachNote[]> {
  const db = await getDb();
  await readAsFamilyCoach(db, actor, familyId);
  const rows = await db
    .select({ note: coachNotes, authorName: users.name })
    .from(coachNotes)
    .leftJoin(users, eq(users.id, coachNotes.authorId))
    .where(eq(coachNotes.familyId, familyId))
    .orderBy(desc(coachNotes.createdAt), desc(coachNotes.id))
    .limit(NOTES_LIMIT);
  return rows.map(({ note, authorName }) => toDto(actor, note, authorName));
}

export async function createNote(actor: Actor, familyId: string, input: NoteInput): Promise<CoachNote> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertFamilyCoach(tx, actor, familyId);
    const [note] = await tx.insert(coachNotes).values({ familyId, authorId: actor.id, body: input.body }).returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "note.create",
      targetType: "note",
      targetId: note!.id,
      familyId,
      outcome: "ok",
    });
    return toDto(actor, note!, actor.name);
  });
}

/** Another coach of the family may read a note but not change it. */
class NotTheAuthor extends AppError {
  constructor() {
    super("forbidden");
  }
}

/** The note, locked for a change by its author: 404 when it is not this family's. */
async function ownNote(tx: Executor, actor: Actor, familyId: string, noteId: string) {
  await assertFamilyCoach(tx, actor, familyId);
  if (!isId(noteId)) throw notFound();
  const [note] = await tx
    .select()
    .from(coachNotes)
    .where(and(eq(coachNotes.id, noteId), eq(coachNotes.familyId, familyId)))
    .for("update");
  if (!note) throw notFound();
  if (note.authorId !== actor.id) throw new NotTheAuthor();
  return note;
}

/** A refused change is audited after its transaction rolled back, so the row is kept. */
async function auditRefusal(
  error: unknown,
  actor: Actor,
  familyId: string,
  noteId: string,
  action: string,
): Promise<never> {
  if (error instanceof NotTheAuthor) {
    await recordAudit(await getDb(), {
      actorId: actor.id,
      action,
      targetType: "note",
      targetId: noteId,
      familyId,
      outcome: "denied",
    });
  }
  throw error;
}

export async function updateNote(actor: Actor, familyId: string, noteId: string, input: NoteInput): Promise<CoachNote> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      await ownNote(tx, actor, familyId, noteId);
      const [note] = await tx
        .update(coachNotes)
        .set({ body: input.body, updatedAt: new Date() })
        .where(eq(coachNotes.id, noteId))
        .returning();
      await recordAudit(tx, {
        actorId: actor.id,
        action: "note.update",
        targetType: "note",
        targetId: noteId,
        familyId,
        outcome: "ok",
      });
      return toDto(actor, note!, actor.name);
    });
  } catch (error) {
    return auditRefusal(error, actor, familyId, noteId, "note.update");
  }
}

export async function deleteNote(actor: Actor, familyId: string, noteId: string): Promise<void> {
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      await ownNote(tx, actor, familyId, noteId);
      await tx.delete(coachNotes).where(eq(coachNotes.id, noteId));
      await recordAudit(tx, {
        actorId: actor.id,
        action: "note.delete",
        targetType: "note",
        targetId: noteId,
        familyId,
        outcome: "ok",
      });
    });
  } catch (error) {
    await auditRefusal(error, actor, familyId, noteId, "note.delete");
  }
}
