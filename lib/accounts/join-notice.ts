import "server-only";
import { and, eq, isNull, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { emailOutbox, familyMembers, users } from "@/db/schema";
import { config } from "@/lib/core/config";
import { translatorFor } from "@/lib/core/i18n/translator";

/**
 * Tells a family's parents, by email, that someone joined it: the new member's name and a link to
 * the family's access history, nothing about the family's care. Queued in the join's own
 * transaction (the outbox sends it), one per parent, each in that parent's language.
 */
export async function queueJoinNotices(
  tx: Executor,
  familyId: string,
  joined: { id: string; name: string },
  now: Date,
): Promise<void> {
  const parents = await tx
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(familyMembers)
    .innerJoin(users, eq(users.id, familyMembers.userId))
    .where(
      and(
        eq(familyMembers.familyId, familyId),
        ne(familyMembers.userId, joined.id),
        eq(users.disabled, false),
        isNull(users.deletedAt),
      ),
    );
  if (parents.length === 0) return;
  await tx
    .insert(emailOutbox)
    .values(
      parents.map((parent) => {
        const t = translatorFor(parent.locale ?? null);
        return {
          dedupeKey: `joined:${familyId}:${joined.id}:${parent.id}`,
          recipientId: parent.id,
          familyId,
          toAddress: parent.email,
          subject: t("joinEmail.subject"),
          bodyText: t("joinEmail.body", { name: joined.name, url: `${config.appUrl}/families/${familyId}/access` }),
          createdAt: now,
        };
      }),
    )
    .onConflictDoNothing({ target: emailOutbox.dedupeKey });
}
