import "server-only";
import { logUnlessDatabaseAway } from "@/lib/core/log";
import { sessionDeadline } from "@/lib/identity/sessions";

// setTimeout holds at most a signed 32-bit count of milliseconds (about 24.8 days).
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Ends a live stream with its session. `stillCounts()` ends the stream (through `end`) when the
 * session no longer counts; when it does, the next check is set for the moment it would end, since
 * a request elsewhere may have moved that moment. Both event streams use it.
 */
export function sessionExpiry(sessionId: string, label: string, stream: { isClosed: () => boolean; end: () => void }) {
  let timer: NodeJS.Timeout | undefined = undefined;
  const stillCounts = async (): Promise<boolean> => {
    const endsAt = await sessionDeadline(sessionId);
    if (stream.isClosed()) return false;
    if (!endsAt) {
      stream.end();
      return false;
    }
    clearTimeout(timer);
    timer = setTimeout(() => void checkQuietly(), Math.min(MAX_TIMER_MS, endsAt.getTime() - Date.now() + 10));
    return true;
  };
  const checkQuietly = async () => {
    try {
      await stillCounts();
    } catch (error) {
      // The database is away for a moment: the heartbeat checks again.
      logUnlessDatabaseAway(`${label} session check`, error);
    }
  };
  return { stillCounts, checkQuietly, stop: () => clearTimeout(timer) };
}
