import "server-only";
import type { Executor } from "@/db/client";
import type { Actor } from "@/lib/identity/actor";
import { familyRelation, type FamilyPurpose } from "@/lib/identity/family-access";
import { AppError } from "@/lib/core/errors";

/**
 * The family controls its membership: only its own parents bring someone in, approve a suggestion
 * or manage its links. Its coach sees the family (so a 403, not a 404); anyone else gets a 404.
 */
export async function assertFamilyParent(
  db: Executor,
  actor: Pick<Actor, "id" | "role">,
  familyId: string,
  purpose: FamilyPurpose = "change",
): Promise<void> {
  if ((await familyRelation(db, actor, familyId, purpose)) !== "member") throw new AppError("forbidden");
}
