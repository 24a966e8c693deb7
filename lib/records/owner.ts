import "server-only";
import type { Executor } from "@/db/client";
import type { Actor } from "@/lib/identity/actor";
import { familyRelation, type FamilyPurpose } from "@/lib/identity/family-access";
import { AppError } from "@/lib/core/errors";

/**
 * The family owns its record: only its members take a copy out or load one in. Its coach sees the
 * family (so a 403, not a 404) but works inside Clarity, where every view is audited and the
 * family's deletion reaches; a copy carried off by the coach would escape both. Anyone else: 404.
 */
export async function assertFamilyOwner(
  db: Executor,
  actor: Actor,
  familyId: string,
  purpose: FamilyPurpose = "read",
): Promise<void> {
  const relation = await familyRelation(db, actor, familyId, purpose);
  if (relation !== "member") throw new AppError("forbidden");
}
