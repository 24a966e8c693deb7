import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { caseloads, familyMembers, families } from "@/db/schema";
import { createUser } from "@/lib/accounts/create-user";
import type { Actor, Role } from "@/lib/identity/actor";
import { startSession } from "@/lib/identity/sessions";
import { users } from "@/db/schema";

let counter = 0;

/** A user with a live session, as an Actor the data-access layer accepts. */
export async function makeActor(db: Database, role: Role, password = "correct horse battery"): Promise<Actor> {
  counter += 1;
  const email = `${role}-${counter}-${Date.now()}@test.clarity.test`;
  const user = await createUser(db, { role, email, name: `${role} ${counter}`, password });
  const [row] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, user.id));
  const sessionId = await startSession(db, user.id, row!.sessionVersion);
  // A new account has no saved language: the browser decides until the user chooses one.
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId, locale: null };
}

/** A family with the given parents as members and the given coach on its caseload. */
export async function makeFamily(
  db: Database,
  options: { parents?: Actor[]; coach?: Actor; name?: string; state?: string | null } = {},
) {
  const [family] = await db
    .insert(families)
    .values({ name: options.name ?? `Family ${++counter}`, state: options.state ?? null })
    .returning();
  for (const parent of options.parents ?? [])
    await db.insert(familyMembers).values({ familyId: family!.id, userId: parent.id });
  if (options.coach) await db.insert(caseloads).values({ coachId: options.coach.id, familyId: family!.id });
  return family!;
}
