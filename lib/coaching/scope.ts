import "server-only";
import type { Executor } from "@/db/client";
import type { Actor } from "@/lib/identity/actor";
import { recordFamilyView } from "@/lib/identity/family-view";
import { familyRelation, type FamilyPurpose } from "@/lib/identity/family-access";
import { notFound } from "@/lib/core/errors";

/**
 * The coach tools of a family exist only for the coaches on its caseload. Its own parents get the
 * same 404 as strangers: to them, private notes and action items are not there at all.
 */
export async function assertFamilyCoach(
  db: Executor,
  actor: Pick<Actor, "id" | "role">,
  familyId: string,
  purpose: FamilyPurpose = "change",
): Promise<void> {
  const relation = await familyRelation(db, actor, familyId, purpose);
  if (relation !== "coach") throw notFound();
}

/** A coach reading the coach tools of a family: checked, and recorded as one view. */
export async function readAsFamilyCoach(
  db: Executor,
  actor: Pick<Actor, "id" | "role">,
  familyId: string,
): Promise<void> {
  await assertFamilyCoach(db, actor, familyId, "read");
  await recordFamilyView(db, actor, familyId, { action: "coaching.view", targetType: "coaching" });
}
