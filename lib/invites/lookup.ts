import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { invites } from "@/db/schema";
import { AppError } from "@/lib/http/errors";
import { hashInviteToken } from "./tokens";

export type UsableInvite = typeof invites.$inferSelect;

/** The invite behind a token if it can still be used; otherwise the reason as a 410. */
export async function usableInvite(db: Executor, token: string, now = new Date(), lock = false): Promise<UsableInvite> {
  const query = db.select().from(invites).where(eq(invites.tokenHash, hashInviteToken(token)));
  const [invite] = await (lock ? query.for("update") : query);
  if (!invite) throw new AppError("invite_invalid");
  if (invite.usedAt) throw new AppError("invite_used");
  if (invite.expiresAt.getTime() <= now.getTime()) throw new AppError("invite_expired");
  return invite;
}
