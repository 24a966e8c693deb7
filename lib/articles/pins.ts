import "server-only";
import { and, asc, eq, notInArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { families, pinnedArticles } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { familyRelation } from "@/lib/identity/family-access";
import { AppError, type FieldMessages } from "@/lib/core/errors";
import type { PinnedArticlesInput } from "@/lib/schemas/articles";
import { MAX_PINNED_ARTICLES } from "@/lib/schemas/limits";
import { findArticle } from "./library";
import { metaOf, type ArticleMeta } from "./load";

type PinnedArticle = ArticleMeta & { pinnedAt: string };

/** The family's pinned articles in the coach's order; its members and its coach may read them. */
export async function getPinnedArticles(actor: Actor, familyId: string): Promise<PinnedArticle[]> {
  const db = await getDb();
  await familyRelation(db, actor, familyId);
  const rows = await db
    .select({ slug: pinnedArticles.articleSlug, pinnedAt: pinnedArticles.pinnedAt })
    .from(pinnedArticles)
    .where(eq(pinnedArticles.familyId, familyId))
    .orderBy(asc(pinnedArticles.position));
  // An article removed from content/ since it was pinned is simply no longer shown.
  return rows.flatMap((row) => {
    const article = findArticle(row.slug);
    return article ? [{ ...metaOf(article), pinnedAt: row.pinnedAt.toISOString() }] : [];
  });
}

/** Why a list of slugs cannot be pinned, per field, or null when it can. */
function problemsWith(slugs: string[]): FieldMessages | null {
  const fields: FieldMessages = {};
  if (slugs.length > MAX_PINNED_ARTICLES)
    fields.slugs = { key: "articles.pins.tooMany", values: { max: MAX_PINNED_ARTICLES } };
  slugs.forEach((slug, i) => {
    if (!findArticle(slug)) fields[`slugs.${i}`] = "articles.pins.unknown";
    else if (slugs.indexOf(slug) !== i) fields[`slugs.${i}`] = "articles.pins.duplicate";
  });
  return Object.keys(fields).length > 0 ? fields : null;
}

/**
 * Replaces the family's pins with these slugs, in this order (an empty list unpins all). Only the
 * family's coach may; a parent of the family is refused (403), anyone else gets 404. Slugs that
 * stay pinned keep their original pinned date.
 */
export async function setPinnedArticles(
  actor: Actor,
  familyId: string,
  input: PinnedArticlesInput,
): Promise<PinnedArticle[]> {
  const db = await getDb();
  const relation = await familyRelation(db, actor, familyId, "change");
  if (relation !== "coach") throw new AppError("forbidden");
  const problems = problemsWith(input.slugs);
  if (problems) throw new AppError("unprocessable", problems);
  await db.transaction(async (tx) => {
    // One writer per family at a time, so two coaches saving at once cannot leave six pins.
    await tx.select({ id: families.id }).from(families).where(eq(families.id, familyId)).for("update");
    const stale = eq(pinnedArticles.familyId, familyId);
    await tx
      .delete(pinnedArticles)
      .where(input.slugs.length > 0 ? and(stale, notInArray(pinnedArticles.articleSlug, input.slugs)) : stale);
    for (const [position, slug] of input.slugs.entries()) {
      await tx
        .insert(pinnedArticles)
        .values({ familyId, articleSlug: slug, pinnedBy: actor.id, position })
        .onConflictDoUpdate({
          target: [pinnedArticles.familyId, pinnedArticles.articleSlug],
          set: { position: sql`excluded.position` },
        });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "articles.pin",
      targetType: "family",
      targetId: familyId,
      familyId,
      outcome: "ok",
      details: { count: input.slugs.length, slugs: input.slugs.join(",") },
    });
  });
  return getPinnedArticles(actor, familyId);
}
