import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { config } from "@/lib/core/config";
import { rowsOf } from "@/db/rows";
import { translatorFor } from "@/lib/core/i18n/translator";

type DueNotice = {
  family_id: string;
  family_name: string;
  user_id: string;
  email: string;
  locale: string | null;
  read_position: string | number;
};

/** Recipients read per pass. */
const PASS = 500;

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
  let total = 0;
  // Each pass skips everyone the earlier ones queued (their dedupe key now exists), so a full
  // pass means more may be waiting and an empty or short one ends the run.
  for (;;) {
    const due = await duePass(db, dueBefore);
    if (due.length === 0) return total;
    total += await queue(db, due, now);
    if (due.length < PASS) return total;
  }
}

/**
 * Up to PASS recipients due an email, the longest-waiting first. Anyone whose dedupe key is
 * already in the outbox was emailed about this unread stretch and is left out here, in the
 * query: otherwise they came back on every run and, once there were PASS of them, took every
 * place and nobody new was ever emailed.
 */
async function duePass(db: Executor, dueBefore: Date): Promise<DueNotice[]> {
  return rowsOf<DueNotice>(
    db,
    sql`
      with participants as (
        select family_id, user_id from family_members
        union
        select family_id, coach_id as user_id from caseloads
      )
      select p.family_id, f.name as family_name, p.user_id, u.email, u.locale, coalesce(r.last_read_position, 0) as read_position
      from participants p
      join families f on f.id = p.family_id and f.archived_at is null
      join users u on u.id = p.user_id and not u.disabled
      left join message_reads r on r.family_id = p.family_id and r.user_id = p.user_id
      cross join lateral (
        select min(m.created_at) as since from messages m
        where m.family_id = p.family_id
          and m.author_id <> p.user_id
          and m.position > coalesce(r.last_read_position, 0)
          and m.created_at <= ${dueBefore.toISOString()}::timestamptz
      ) unread
      where unread.since is not null
      and not exists (
        select 1 from email_outbox o
        where o.recipient_id = p.user_id and o.family_id = p.family_id
          and o.created_at > ${dueBefore.toISOString()}::timestamptz
      )
      and not exists (
        select 1 from email_outbox o
        where o.dedupe_key = 'unread:' || p.family_id || ':' || p.user_id || ':' || coalesce(r.last_read_position, 0)
      )
      order by unread.since, p.family_id, p.user_id
      limit ${PASS}`,
  );
}

/** The dedupe key names the unread stretch; keep it in step with the query's `not exists`. */
function dedupeKeyOf(notice: DueNotice): string {
  return `unread:${notice.family_id}:${notice.user_id}:${notice.read_position}`;
}

/** Each email in its recipient's saved language (English when none): a coach and a family may differ. */
async function queue(db: Executor, due: DueNotice[], now: Date): Promise<number> {
  const rows = due.map((notice) => {
    const t = translatorFor(notice.locale ?? null);
    return {
      dedupeKey: dedupeKeyOf(notice),
      recipientId: notice.user_id,
      familyId: notice.family_id,
      toAddress: notice.email,
      subject: t("messageEmail.subject"),
      bodyText: t("messageEmail.body", {
        family: notice.family_name,
        url: `${config.appUrl}/families/${notice.family_id}/messages`,
      }),
      createdAt: now,
    };
  });
  const queued = await db
    .insert(emailOutbox)
    .values(rows)
    .onConflictDoNothing({ target: emailOutbox.dedupeKey })
    .returning({ id: emailOutbox.id });
  return queued.length;
}
