import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { families } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordFamilyView } from "@/lib/audit/family-view";
import { familyRelation } from "@/lib/families/access";

export type ConversationHeader = { familyId: string; familyName: string };

/** What the conversation page needs before the messages load; a coach's look is audited. */
export async function openConversation(actor: Actor, familyId: string): Promise<ConversationHeader> {
  const db = await getDb();
  const relation = await familyRelation(db, actor, familyId);
  const [family] = await db.select({ name: families.name }).from(families).where(eq(families.id, familyId));
  if (relation === "coach") {
    await recordFamilyView(db, actor, familyId, { action: "messages.view", targetType: "messages" });
  }
  return { familyId, familyName: family!.name };
}
