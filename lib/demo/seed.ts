import { count, eq } from "drizzle-orm";
import { createUser } from "@/lib/accounts/create-user";
import { config } from "@/lib/core/config";
import { isoDateIn } from "@/lib/core/dates";
import type { Database } from "@/db/client";
import { caseloads, familyMembers, families, users } from "@/db/schema";
import { seedCareHistories } from "./care-histories";
import { seedCoachingHistories } from "./coaching-history";

/** Every demo account has this password (listed in the README). */
export const DEMO_PASSWORD = "clarity-demo-2026";

export const DEMO_ACCOUNTS = {
  coach: { email: "coach@demo.clarity.test", name: "Morgan Ellis", role: "coach" },
  admin: { email: "admin@demo.clarity.test", name: "Sam Okafor", role: "admin" },
  rivera: { email: "ana.rivera@demo.clarity.test", name: "Ana Rivera", role: "parent" },
  riveraCoParent: { email: "luis.rivera@demo.clarity.test", name: "Luis Rivera", role: "parent" },
  nguyen: { email: "linh.nguyen@demo.clarity.test", name: "Linh Nguyen", role: "parent" },
} as const;

/** Demo data: one coach with two families (Oregon, Texas) on the caseload, their parents, an admin, a year of care, and a year of coaching (messages both ways, notes, action items, tags). */
export async function seedDemo(db: Database, now = new Date()): Promise<void> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ACCOUNTS.coach.email));
  if (existing) return;
  await db.transaction(async (tx) => {
    const people = {} as Record<keyof typeof DEMO_ACCOUNTS, { id: string }>;
    for (const [key, account] of Object.entries(DEMO_ACCOUNTS) as [
      keyof typeof DEMO_ACCOUNTS,
      (typeof DEMO_ACCOUNTS)[keyof typeof DEMO_ACCOUNTS],
    ][]) {
      people[key] = await createUser(tx, { ...account, password: DEMO_PASSWORD });
    }
    // The families joined about a year ago, before the first dated record of their care.
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const [rivera, nguyen] = await tx
      .insert(families)
      .values([
        { name: "The Rivera family", state: "OR", createdAt: daysAgo(350) },
        { name: "The Nguyen family", state: "TX", createdAt: daysAgo(265) },
      ])
      .returning({ id: families.id });
    await tx.insert(familyMembers).values([
      { familyId: rivera!.id, userId: people.rivera.id, joinedAt: daysAgo(350) },
      { familyId: rivera!.id, userId: people.riveraCoParent.id, joinedAt: daysAgo(215) },
      { familyId: nguyen!.id, userId: people.nguyen.id, joinedAt: daysAgo(265) },
    ]);
    await tx.insert(caseloads).values([
      { coachId: people.coach.id, familyId: rivera!.id },
      { coachId: people.coach.id, familyId: nguyen!.id },
    ]);
    const ids = {
      rivera: rivera!.id,
      nguyen: nguyen!.id,
      ana: people.rivera.id,
      luis: people.riveraCoParent.id,
      linh: people.nguyen.id,
      coach: people.coach.id,
    };
    const today = isoDateIn(config.timeZone, now);
    await seedCareHistories(tx, ids, today);
    await seedCoachingHistories(tx, ids, today);
  });
}

/** The embedded database starts with demo data; a real Postgres only when `npm run db:seed` asks. */
export async function seedDemoIfEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return false;
  await seedDemo(db);
  return true;
}
