import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { families } from "@/db/schema";
import { AppError, type ErrorCode } from "@/lib/core/errors";
import { inviteTokenField } from "@/lib/schemas/fields";
import { usableInvite } from "./lookup";

type InvitePreview =
  | { usable: true; invitedBy: string; familyName: string | null; joinsExistingFamily: boolean }
  | { usable: false; reason: ErrorCode };

/** What the sign-up page may show about an invite before anyone has an account. */
export async function previewInvite(token: string | undefined): Promise<InvitePreview> {
  if (!inviteTokenField.safeParse(token).success) return { usable: false, reason: "invite_invalid" };
  const db = await getDb();
  try {
    const invite = await usableInvite(db, token!);
    const [family] = invite.familyId
      ? await db.select({ name: families.name }).from(families).where(eq(families.id, invite.familyId))
      : [];
    return {
      usable: true,
      invitedBy: invite.inviterName,
      familyName: family?.name ?? invite.familyName,
      joinsExistingFamily: Boolean(invite.familyId),
    };
  } catch (error) {
    if (error instanceof AppError) return { usable: false, reason: error.code };
    throw error;
  }
}
