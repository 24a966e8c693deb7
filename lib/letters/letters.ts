import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { letters } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import type { IdempotentRequest } from "@/lib/idempotency/request-key";
import type { IsoDate } from "@/lib/core/dates";
import { notFound } from "@/lib/core/errors";
import { isLocale } from "@/lib/core/i18n/locales";
import { requestLocale } from "@/lib/core/i18n/request-locale";
import { translatorFor } from "@/lib/core/i18n/translator";
import { invalidFields } from "@/lib/core/validation";
import { mismatchReasonText } from "@/lib/domain/gaps/mismatch-reason-text";
import { composeLetter, letterFactsOn, NotAGapError, type LetterLocale } from "@/lib/domain/letters";
import type { LetterCreateInput, LetterDto, LetterPatchInput } from "@/lib/schemas/letters";
import { isId } from "@/lib/schemas/fields";
import { practiceToday } from "@/lib/care-team/gaps";
import { stateAwareMismatch } from "@/lib/care-team/mismatch-words";
import { loadFamilyRecords } from "@/lib/care-team/records";
import { inFamily, readFamily } from "@/lib/care-team/scope";
import { letterDto } from "./dto";
import { requestFactOf } from "./request-fact";

/** The letter's language: asked for, else the writer's saved one, else the request's, else English. */
function letterLocale(actor: Actor, asked: LetterLocale | undefined): LetterLocale {
  const candidates = [asked, actor.locale, requestLocale()];
  return (candidates.find((locale) => isLocale(locale)) as LetterLocale | undefined) ?? "en";
}

/** The engine's reason in the same words the gaps API and the summary use (state-aware). */
function reasonWordsIn(locale: LetterLocale) {
  const t = translatorFor(locale);
  const translate = stateAwareMismatch((key, values) => t(`mismatch.${key}` as never, values as never));
  return (reason: Parameters<typeof mismatchReasonText>[1]) => mismatchReasonText(translate, reason, locale);
}

/**
 * Drafts a letter from the record on `on` (today where the practice is) and keeps it for the
 * family to edit. The child, provider and request it names must be this family's (a field error
 * otherwise); a service named must be one of the child's gaps, or the letter would call it missing.
 */
export async function createLetter(
  actor: Actor,
  familyId: string,
  input: LetterCreateInput,
  request: IdempotentRequest | null = null,
  on: IsoDate = practiceToday(),
): Promise<LetterDto> {
  const locale = letterLocale(actor, input.locale);
  return inFamily(
    actor,
    familyId,
    async (tx) => {
      const records = await loadFamilyRecords(tx, familyId);
      const child = records.children.find((entry) => entry.id === input.childId);
      if (!child) throw invalidFields({ childId: "validation.unknownChild" });
      if (input.providerId && !records.providers.some((provider) => provider.id === input.providerId))
        throw invalidFields({ providerId: "validation.unknownProvider" });
      const requestFact = input.requestId ? await requestFactOf(tx, familyId, input.requestId) : null;
      let text;
      try {
        text = composeLetter(
          letterFactsOn({
            template: input.template,
            locale,
            today: on,
            child,
            providers: records.providers,
            serviceIds: input.serviceIds,
            providerId: input.providerId,
            request: requestFact,
            recipient: { name: input.recipient.name, organization: input.recipient.organization ?? null },
            senderName: actor.name,
            reasonWords: reasonWordsIn(locale),
          }),
        );
      } catch (error) {
        if (error instanceof NotAGapError) throw invalidFields({ serviceIds: "validation.notAGap" });
        throw error;
      }
      const [row] = await tx
        .insert(letters)
        .values({
          familyId,
          childId: child.id,
          template: input.template,
          locale,
          subject: text.subject,
          body: text.body,
          serviceIds: input.serviceIds ?? [],
          providerId: input.providerId ?? null,
          requestId: input.requestId ?? null,
          recipientName: input.recipient.name,
          recipientOrganization: input.recipient.organization ?? null,
          createdById: actor.id,
        })
        .returning();
      // Ids and the template only: a letter's text is the family's and stays out of the log.
      await recordAudit(tx, {
        actorId: actor.id,
        action: "letter.created",
        outcome: "ok",
        targetType: "letter",
        targetId: row!.id,
        familyId,
        details: { template: input.template, locale },
      });
      return letterDto(row!);
    },
    request,
  );
}

/** The family's letters, newest first (a coach's read is audited as a view). */
export async function listLetters(actor: Actor, familyId: string): Promise<LetterDto[]> {
  const db = await getDb();
  await readFamily(db, actor, familyId, "letters");
  const rows = await db
    .select()
    .from(letters)
    .where(eq(letters.familyId, familyId))
    .orderBy(desc(letters.createdAt), desc(letters.id));
  return rows.map(letterDto);
}

async function letterOfFamily(db: Executor, familyId: string, letterId: string, forUpdate = false) {
  if (!isId(letterId)) throw notFound();
  const query = db
    .select()
    .from(letters)
    .where(and(eq(letters.id, letterId), eq(letters.familyId, familyId)));
  const [row] = forUpdate ? await query.for("update") : await query;
  if (!row) throw notFound();
  return row;
}

export async function getLetter(actor: Actor, familyId: string, letterId: string): Promise<LetterDto> {
  const db = await getDb();
  await readFamily(db, actor, familyId, "letter");
  return letterDto(await letterOfFamily(db, familyId, letterId));
}

/** The family's own words replace the draft's: the subject, the body or both. */
export async function updateLetter(
  actor: Actor,
  familyId: string,
  letterId: string,
  input: LetterPatchInput,
  request: IdempotentRequest | null = null,
): Promise<LetterDto> {
  return inFamily(
    actor,
    familyId,
    async (tx) => {
      const before = await letterOfFamily(tx, familyId, letterId, true);
      const [row] = await tx
        .update(letters)
        .set({ ...input, updatedAt: new Date() })
        .where(eq(letters.id, letterId))
        .returning();
      const changed = (["subject", "body"] as const).filter(
        (field) => input[field] !== undefined && input[field] !== before[field],
      );
      await recordAudit(tx, {
        actorId: actor.id,
        action: "letter.updated",
        outcome: "ok",
        targetType: "letter",
        targetId: letterId,
        familyId,
        details: { fields: changed.join(",") },
      });
      return letterDto(row!);
    },
    request,
  );
}

export async function deleteLetter(
  actor: Actor,
  familyId: string,
  letterId: string,
  request: IdempotentRequest | null = null,
): Promise<void> {
  await inFamily(
    actor,
    familyId,
    async (tx) => {
      const row = await letterOfFamily(tx, familyId, letterId, true);
      await tx.delete(letters).where(eq(letters.id, letterId));
      await recordAudit(tx, {
        actorId: actor.id,
        action: "letter.deleted",
        outcome: "ok",
        targetType: "letter",
        targetId: letterId,
        familyId,
        details: { template: row.template },
      });
    },
    request,
  );
}
