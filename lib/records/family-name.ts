import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { families } from "@/db/schema";

/** The family's name, for a caller that has already checked who may read the family. */
export async function getFamilyName(db: Executor, familyId: string): Promise<string> {
  const [row] = await db.select({ name: families.name }).from(families).where(eq(families.id, familyId));
  return row?.name ?? "";
}
