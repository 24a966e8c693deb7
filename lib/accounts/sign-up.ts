import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { caseloads, familyMembers, families, invites, users } from "@/db/schema";
import { recordAudit } from "@/lib/identity/audit";
import { hashPassword } from "@/lib/identity/password";
import { AppError } from "@/lib/core/errors";
import type { Locale } from "@/lib/core/i18n/locales";
import { translatorFor } from "@/lib/core/i18n/translator";
import { usableInvite } from "@/lib/invites/lookup";
import type { SignUpInput } from "@/lib/schemas/accounts";
import { isUniqueViolation } from "./unique-violation";

export type SignUpResult = {
  user: { id: string; email: string; name: string; role: "parent" };
  family: { id: string; name: string };
};

/**
 * Families join only through an invite. One transaction: the parent account, the family (new,
 * on the inviting coach's caseload, or the existing one named by the invite), the membership and
 * the used invite are written together or not at all. `locale`: a language the visitor chose
 * with the switch before signing up, kept as the account's choice (their emails follow it).
 */
export async function signUpWithInvite(
  input: SignUpInput,
  now = new Date(),
  locale: Locale | null = null,
): Promise<SignUpResult> {
  const db = await getDb();
  await usableInvite(db, input.token, now); // fail fast, before the slow hash
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const invite = await usableInvite(tx, input.token, now, true);
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.email})`, input.email));
      if (taken) throw new AppError("email_taken", { email: "errors.email_taken" });

      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, role: "parent", passwordHash, locale })
        .returning();
      let family: { id: string; name: string } | undefined;
      if (invite.familyId) {
        const [joined] = await tx
          .select({ id: families.id, name: families.name, deletionDueAt: families.deletionDueAt })
          .from(families)
          .where(eq(families.id, invite.familyId));
        if (!joined) throw new AppError("invite_invalid");
        // Joining is a change like any other: refused while the record waits for its deletion.
        if (joined.deletionDueAt) throw new AppError("family_pending_deletion");
        family = { id: joined.id, name: joined.name };
      } else {
        const name = invite.familyName ?? translatorFor()("families.defaultName", { name: input.name });
        [family] = await tx.insert(families).values({ name }).returning({ id: families.id, name: families.name });
        await tx.insert(caseloads).values({ coachId: invite.invitedById, familyId: family!.id });
      }
      await tx.insert(familyMembers).values({ familyId: family!.id, userId: user!.id });
      const used = await tx
        .update(invites)
        .set({ usedAt: now, usedById: user!.id })
        .where(and(eq(invites.id, invite.id), isNull(invites.usedAt)))
        .returning({ id: invites.id });
      if (used.length === 0) throw new AppError("invite_used");
      await recordAudit(tx, {
        actorId: user!.id,
        action: "account.sign_up",
        targetType: "family",
        targetId: family!.id,
        familyId: family!.id,
        outcome: "ok",
        details: { inviteId: invite.id },
      });
      return { user: { id: user!.id, email: user!.email, name: user!.name, role: "parent" as const }, family: family! };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("email_taken", { email: "errors.email_taken" });
    throw error;
  }
}
