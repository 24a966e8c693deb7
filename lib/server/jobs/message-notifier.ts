import "server-only";
import { getDb } from "@/db/client";
import { config } from "@/lib/core/config";
import { sendPendingEmails } from "@/lib/email/outbox";
import { configuredTransport } from "@/lib/email/transport";
import { isDatabaseUnavailable } from "@/lib/core/database-errors";
import { describeError } from "@/lib/server/http/route";
import { queueDueNotifications } from "@/lib/messages/notifications";

/** One pass: queue what became due, then send what is waiting. */
export async function runNotifierOnce(now = new Date()): Promise<{ queued: number; sent: number }> {
  const db = await getDb();
  const queued = await queueDueNotifications(db, now);
  const sent = await sendPendingEmails(db, configuredTransport(), now);
  return { queued, sent };
}

const holder = globalThis as unknown as { __clarityNotifier?: NodeJS.Timeout };

/**
 * Started once per server at start-up. Safe with several servers: queuing is deduplicated by a
 * unique key and sending claims rows atomically. Checks a few times per notification delay, at
 * least every 30 seconds.
 */
export function startMessageNotifier(): void {
  if (holder.__clarityNotifier) return;
  const everyMs = Math.min(30_000, Math.max(1_000, Math.floor(config.messageNotifyAfterMs / 3)));
  let busy = false;
  holder.__clarityNotifier = setInterval(() => {
    if (busy) return;
    busy = true;
    runNotifierOnce()
      .catch((error) => {
        if (!isDatabaseUnavailable(error)) console.error(`[clarity] message notifier failed: ${describeError(error)}`);
      })
      .finally(() => {
        busy = false;
      });
  }, everyMs);
  holder.__clarityNotifier.unref();
}
