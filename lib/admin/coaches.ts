import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { createUser } from "@/lib/accounts/create-user";
import { issuePasswordLink } from "@/lib/accounts/password-links";
import { config } from "@/lib/core/config";
import { sendSoon } from "@/lib/email/send-soon";
import { newLinkToken } from "@/lib/identity/secrets";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { AppError } from "@/lib/core/errors";
import type { CreateCoachInput } from "@/lib/schemas/admin";
import { accountsOf, type AccountSummary } from "./accounts";
import { requireAdmin } from "./guard";

type CoachSummary = AccountSummary;

/** Every coach account with the number of families on its caseload, by name. */
export async function listCoaches(actor: Actor): Promise<CoachSummary[]> {
  const db = await getDb();
  await requireAdmin(db, actor, "admin.coaches_list");
  return accountsOf(db, "coach");
}

/**
 * Creates a coach. Without a password the coach is emailed a "set your password" link (valid as
 * long as an invite, INVITE_TTL_DAYS) and nobody else ever knows it; with one, the admin hands it
 * over in person and the coach changes it on their account page.
 */
export async function createCoach(actor: Actor, input: CreateCoachInput): Promise<CoachSummary> {
  const db = await getDb();
  await requireAdmin(db, actor, "admin.coach_create");
  try {
    const { user, welcome } = await db.transaction(async (tx) => {
      const user = await createUser(tx, {
        role: "coach",
        email: input.email,
        name: input.name,
        // Nobody knows this one: the coach sets theirs through the link.
        password: input.password ?? newLinkToken(),
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "admin.coach_create",
        targetType: "user",
        targetId: user.id,
        outcome: "ok",
        details: { passwordBy: input.password ? "admin" : "link" },
      });
      const welcome = input.password
        ? null
        : await issuePasswordLink(
            tx,
            { id: user.id, email: user.email, locale: null },
            "welcome",
            config.inviteLifetimeMs,
          );
      return { user, welcome };
    });
    if (welcome) sendSoon(welcome);
    const [created] = await db.select({ createdAt: users.createdAt }).from(users).where(eq(users.id, user.id));
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      disabled: false,
      familyCount: 0,
      createdAt: created!.createdAt.toISOString(),
    };
  } catch (error) {
    if (error instanceof AppError) {
      await recordAudit(db, {
        actorId: actor.id,
        action: "admin.coach_create",
        targetType: "user",
        outcome: "failed",
        details: { code: error.code },
      });
    }
    throw error;
  }
}
