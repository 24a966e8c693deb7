import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/identity/actor";
import { readFamily } from "@/lib/care-team/scope";
import { citationsOfFamily } from "./citations";
import { documentsOfFamily } from "./documents";

/**
 * What a page that shows evidence needs in one read (children, gaps, care team): every citation
 * of the family and its documents to cite from.
 */
export async function familyEvidence(actor: Actor, familyId: string) {
  const db = await getDb();
  await readFamily(db, actor, familyId, "documents");
  const [citations, documents] = await Promise.all([citationsOfFamily(db, familyId), documentsOfFamily(db, familyId)]);
  return {
    citations,
    documents: documents.map(({ id, title, kind, documentDate, providerId }) => ({
      id,
      title,
      kind,
      documentDate,
      providerId,
    })),
  };
}
