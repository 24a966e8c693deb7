import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { createUser } from "@/lib/accounts/create-user";
import type { Actor } from "@/lib/identity/actor";
import { recordAudit } from "@/lib/identity/audit";
import { AppError } from "@/lib/core/errors";
import type { CreateCoachInput } from "@/lib/schemas/admin";
import { accountsOf, type AccountSummary } from "./accounts";
import { requireAdmin } from "./guard";

export type CoachSummary = AccountSummary;

/** Every coach account with the number of families on its caseload, by name. */
export async function listCoaches(actor: Actor): Promise<CoachSummary[]> {
  const db = await getDb();
  await requireAdmin(db, actor, "admin.coaches_list");
  return accountsOf(db, "coach");
}

/**
 * Creates a coach with a first password the admin hands over in person or by phone; the coach
 * changes it on their account page (which also ends every other session).
 */
export async function createCoach(actor: Actor, input: CreateCoachInput): Promise<CoachSummary> {
  const db = await getDb();
  await requireAdmin(db, actor, "admin.coach_create");
  try {
    const user = await createUser(db, {
      role: "coach",
      email: input.email,
      name: input.name,
      password: input.password,
    });
    await recordAudit(db, {
      actorId: actor.id,
      action: "admin.coach_create",
      targetType: "user",
      targetId: user.id,
      outcome: "ok",
    });
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
