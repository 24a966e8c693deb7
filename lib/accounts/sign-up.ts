import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { caseloads, familyMembers, families, invites, users } from "@/db/schema";
import { recordAudit } from "@/lib/identity/audit";
import { hashPassword } from "@/lib/identity/password";
import { AppError, RateLimitedError } from "@/lib/core/errors";
import type { Locale } from "@/lib/core/i18n/locales";
import { translatorFor } from "@/lib/core/i18n/translator";
import { usableInvite } from "@/lib/invites/lookup";
import type { SignUpInput } from "@/lib/schemas/accounts";
import { queueJoinNotices } from "./join-notice";
import { recordSignUpRefusal, signUpBlockedFor, type RefusalKey } from "./sign-up-refusals";
import { isUniqueViolation } from "./unique-violation";

type SignUpResult = {
  user: { id: string; email: string; name: string; role: "parent" };
  family: { id: string; name: string };
};

/** Who is signing up, besides what they typed: their saved language choice and their address. */
type SignUpContext = {
  /** A language the visitor chose with the switch before signing up, kept as the account's choice. */
  locale?: Locale | null;
  /** The client's address as the rate limits key it (null: unknown). */
  address?: string | null;
};

const emailTaken = () => new AppError("email_taken", { email: "errors.email_taken" });

/**
 * Families join only through an invite. One transaction: the parent account, the family (new,
 * on the inviting coach's caseload, or the existing one named by the invite), the membership and
 * the used invite are written together or not at all. Joining an existing family is audited, shows
 * in the family's access history and emails its other parents. An email that already has an account
 * is refused, and counted: after a few refusals the link (and the client) gets 429 for a while.
 */
export async function signUpWithInvite(
  input: SignUpInput,
  now = new Date(),
  context: SignUpContext = {},
): Promise<SignUpResult> {
  const db = await getDb();
  const found = await usableInvite(db, input.token, now); // fail fast, before the slow hash
  const key: RefusalKey = { tokenHash: found.tokenHash, address: context.address ?? null };
  await refuseWhenBlocked(db, key, now);
  const passwordHash = await hashPassword(input.password);
  let outcome: SignUpResult | "refused";
  try {
    outcome = await db.transaction(async (tx) => {
      // Locks the invite: sign-ups on one link queue here, and so does their count of refusals.
      const invite = await usableInvite(tx, input.token, now, true);
      if (key.address)
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-up-refusals:${key.address}`}))`);
      await refuseWhenBlocked(tx, key, now);
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.email})`, input.email));
      if (taken) {
        await recordSignUpRefusal(tx, invite.id, key, now);
        return "refused" as const;
      }

      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, role: "parent", passwordHash, locale: context.locale ?? null })
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
        [family] = await tx
          .insert(families)
          .values({ name, state: input.state ?? null })
          .returning({ id: families.id, name: families.name });
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
      if (invite.familyId) {
        await recordAudit(tx, {
          actorId: user!.id,
          action: "family.member_join",
          targetType: "user",
          targetId: user!.id,
          familyId: family!.id,
          outcome: "ok",
          details: { inviteId: invite.id, invitedById: invite.invitedById },
        });
        await queueJoinNotices(tx, family!.id, { id: user!.id, name: user!.name }, now);
      }
      return { user: { id: user!.id, email: user!.email, name: user!.name, role: "parent" as const }, family: family! };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another sign-up took the email between the check and the insert: refused all the same.
    await recordSignUpRefusal(db, found.id, key, now);
    throw emailTaken();
  }
  if (outcome === "refused") throw emailTaken();
  return outcome;
}

async function refuseWhenBlocked(db: Parameters<typeof signUpBlockedFor>[0], key: RefusalKey, now: Date) {
  const retryAfter = await signUpBlockedFor(db, key, now);
  if (retryAfter !== null) throw new RateLimitedError(retryAfter);
}
