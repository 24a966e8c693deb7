import "server-only";
import { getDb } from "@/db/client";
import { config } from "@/lib/core/config";
import { sendPendingEmails } from "@/lib/email/outbox";
import { configuredTransport } from "@/lib/email/transport";
import { logUnlessDatabaseAway } from "@/lib/core/log";
import { processSingleton } from "@/lib/core/singleton";
import { queueDueNotifications } from "@/lib/messages/notifications";

/** One pass: queue what became due, then send what is waiting. */
async function runNotifierOnce(now = new Date()): Promise<{ queued: number; sent: number }> {
  const db = await getDb();
  const queued = await queueDueNotifications(db, now);
  const sent = await sendPendingEmails(db, configuredTransport(), now);
  return { queued, sent };
}

/**
 * Started once per server at start-up. Safe with several servers: queuing is deduplicated by a
 * unique key and sending claims rows atomically. Checks a few times per notification delay, at
 * least every 30 seconds.
 */
export function startMessageNotifier(): void {
  processSingleton("message-notifier", startTimer);
}

function startTimer(): NodeJS.Timeout {
  const everyMs = Math.min(30_000, Math.max(1_000, Math.floor(config.messageNotifyAfterMs / 3)));
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    runNotifierOnce()
      .catch((error) => {
        logUnlessDatabaseAway("message notifier", error);
      })
      .finally(() => {
        busy = false;
      });
  }, everyMs);
  return timer.unref();
}
