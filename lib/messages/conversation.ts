import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { families } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { familyRelation } from "@/lib/identity/family-access";

type ConversationHeader = { familyId: string; familyName: string };

/**
 * What the conversation page needs before the messages load: the family's name only. The
 * messages come through the API, whose every read by a coach is audited (lib/messages/queries.ts),
 * so the page does not write a second row for the same look.
 */
export async function openConversation(actor: Actor, familyId: string): Promise<ConversationHeader> {
  const db = await getDb();
  await familyRelation(db, actor, familyId);
  const [family] = await db.select({ name: families.name }).from(families).where(eq(families.id, familyId));
  return { familyId, familyName: family!.name };
}
