import "server-only";
import type { Executor } from "@/db/client";
import { invites } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { config } from "@/lib/core/config";
import type { CreateInviteInput } from "@/lib/schemas/accounts";
import { hashInviteToken, newInviteToken } from "./tokens";

/** A fresh link: shown once to the person who made it (only its hash is stored). */
export type CreatedInvite = { id: string; url: string; token: string; expiresAt: string };

/** Writes the invite; the caller has checked that `maker` may make it, and audits why it exists. */
export async function insertInvite(
  tx: Executor,
  maker: Pick<Actor, "id">,
  input: CreateInviteInput,
  now: Date,
): Promise<CreatedInvite> {
  const token = newInviteToken();
  const expiresAt = new Date(now.getTime() + config.inviteLifetimeMs);
  const [invite] = await tx
    .insert(invites)
    .values({
      tokenHash: hashInviteToken(token),
      invitedById: maker.id,
      familyId: input.familyId ?? null,
      familyName: input.familyId ? null : (input.familyName ?? null),
      inviteeName: input.inviteeName ?? null,
      expiresAt,
      createdAt: now,
    })
    .returning({ id: invites.id });
  return { id: invite!.id, url: inviteUrl(token), token, expiresAt: expiresAt.toISOString() };
}

export function inviteUrl(token: string): string {
  return new URL(`/sign-up?token=${encodeURIComponent(token)}`, config.appUrl).toString();
}
