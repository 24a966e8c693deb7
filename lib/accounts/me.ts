import "server-only";
import type { Actor } from "@/lib/identity/actor";
import { listFamiliesFor, type FamilyRef } from "@/lib/families/queries";

export type Me = { user: { id: string; email: string; name: string; role: Actor["role"] }; families: FamilyRef[] };

export async function describeMe(actor: Actor): Promise<Me> {
  const { id, email, name, role } = actor;
  return { user: { id, email, name, role }, families: await listFamiliesFor(actor) };
}
