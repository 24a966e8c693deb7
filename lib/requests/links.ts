import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { children, families, letters, providers, requests } from "@/db/schema";
import { invalidFields } from "@/lib/core/validation";

/**
 * What a request or a document names must be the family's own: another family's child, provider,
 * letter or request is a field error (400), never a way to learn that the id exists elsewhere.
 */
export async function assertLinksOfFamily(
  db: Executor,
  familyId: string,
  links: { childIds?: string[]; providerId?: string | null; letterId?: string | null; requestId?: string | null },
): Promise<void> {
  if (links.childIds && links.childIds.length > 0) {
    const found = await db
      .select({ id: children.id })
      .from(children)
      .where(and(eq(children.familyId, familyId), inArray(children.id, links.childIds)));
    if (found.length !== links.childIds.length) throw invalidFields({ childIds: "validation.unknownChild" });
  }
  if (links.providerId) {
    const [found] = await db
      .select({ id: providers.id })
      .from(providers)
      .where(and(eq(providers.familyId, familyId), eq(providers.id, links.providerId)));
    if (!found) throw invalidFields({ providerId: "validation.unknownProvider" });
  }
  if (links.letterId) {
    const [found] = await db
      .select({ id: letters.id })
      .from(letters)
      .where(and(eq(letters.familyId, familyId), eq(letters.id, links.letterId)));
    if (!found) throw invalidFields({ letterId: "validation.unknownLetter" });
  }
  if (links.requestId) {
    const [found] = await db
      .select({ id: requests.id })
      .from(requests)
      .where(and(eq(requests.familyId, familyId), eq(requests.id, links.requestId)));
    if (!found) throw invalidFields({ requestId: "validation.unknownRequest" });
  }
}

/** The family's state (a two-letter code, or null): which deadline rules apply. */
export async function stateOfFamily(db: Executor, familyId: string): Promise<string | null> {
  const [row] = await db.select({ state: families.state }).from(families).where(eq(families.id, familyId));
  return row?.state ?? null;
}
