import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { config } from "@/lib/config";
import { rowsOf } from "@/lib/db-rows";
import { translatorFor } from "@/lib/i18n/translator";

type DueNotice = { family_id: string; family_name: string; user_id: string; email: string; read_position: string | number };

/**
 * Queues "a message is waiting" emails. A participant gets one when a message from someone else
 * has been unread for the configured time; the dedupe key names the unread stretch (the
 * recipient's read position), so there is one email per conversation until they read it, and the
 * unique key keeps two app servers from queuing it twice. After an email, the next one for the
 * same conversation waits at least as long again (the quiet period). The email never carries
 * message text.
 */
export async function queueDueNotifications(db: Executor, now = new Date()): Promise<number> {
  const dueBefore = new Date(now.getTime() - config.messageNotifyAfterMs);
  const due = await rowsOf<DueNotice>(
    db,
    sql`
      with participants as (
        select family_id, user_id from family_members
        union
        select family_id, coach_id as user_id from caseloads
      )
      select p.family_id, f.name as family_name, p.user_id, u.email, coalesce(r.last_read_position, 0) as read_position
      from participants p
      join families f on f.id = p.family_id and f.archived_at is null
      join users u on u.id = p.user_id and not u.disabled
      left join message_reads r on r.family_id = p.family_id and r.user_id = p.user_id
      where exists (
        select 1 from messages m
        where m.family_id = p.family_id
          and m.author_id <> p.user_id
          and m.position > coalesce(r.last_read_position, 0)
          and m.created_at <= ${dueBefore.toISOString()}::timestamptz
      )
      and not exists (
        select 1 from email_outbox o
        where o.recipient_id = p.user_id and o.family_id = p.family_id
          and o.created_at > ${dueBefore.toISOString()}::timestamptz
      )
      limit 500`,
  );
  if (due.length === 0) return 0;
  const t = translatorFor();
  const rows = due.map((notice) => ({
    dedupeKey: `unread:${notice.family_id}:${notice.user_id}:${notice.read_position}`,
    recipientId: notice.user_id,
    familyId: notice.family_id,
    toAddress: notice.email,
    subject: t("messageEmail.subject"),
    bodyText: t("messageEmail.body", { family: notice.family_name, url: `${config.appUrl}/families/${notice.family_id}/messages` }),
    createdAt: now,
  }));
  const queued = await db.insert(emailOutbox).values(rows).onConflictDoNothing({ target: emailOutbox.dedupeKey }).returning({ id: emailOutbox.id });
  return queued.length;
}
