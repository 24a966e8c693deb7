"use client";

import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { LiveChange } from "@/lib/messages/live-stream";

// Signals arriving together (a burst of messages, a read right after) cause one refresh, not many.
const COALESCE_MS = 250;

/** What each signal makes stale: the badges, the caseload's rows and ranking, the conversation. */
function refresh(queryClient: QueryClient, familyIds: Set<string> | "all") {
  void queryClient.invalidateQueries({ queryKey: ["unread"] });
  void queryClient.invalidateQueries({ queryKey: ["caseload"] });
  if (familyIds === "all") void queryClient.invalidateQueries({ queryKey: ["messages"] });
  else for (const familyId of familyIds) void queryClient.invalidateQueries({ queryKey: ["messages", familyId] });
}

/**
 * The signed-in user's one event stream (GET /api/v1/live), opened once for the whole app: every
 * part that shows unread counts or the caseload reads from the query cache, and this refreshes
 * what a signal makes stale. Browsers allow six connections per server, so the caseload must never
 * open one stream per family. Reconnects by itself; stops for good when the session has ended.
 */
export function LiveUpdates() {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    let source: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let flush: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let stopped = false;
    let waiting: Set<string> | "all" = new Set();

    const schedule = (familyId: string | "all") => {
      if (familyId === "all") waiting = "all";
      else if (waiting !== "all") waiting.add(familyId);
      flush ??= setTimeout(() => {
        flush = undefined;
        const due = waiting;
        waiting = new Set();
        refresh(queryClient, due);
      }, COALESCE_MS);
    };

    const open = () => {
      source = new EventSource("/api/v1/live");
      source.onopen = () => {
        failures = 0;
      };
      source.addEventListener("change", (event) => {
        const change = JSON.parse((event as MessageEvent<string>).data) as LiveChange;
        schedule(change.familyId);
      });
      source.addEventListener("resync", () => schedule("all"));
      source.addEventListener("end", () => {
        stopped = true;
        source?.close();
      });
      source.onerror = () => {
        if (stopped) return;
        // The browser retries by itself unless the answer was not a stream (a 401, a proxy's error page).
        if (source?.readyState === EventSource.CLOSED) {
          failures += 1;
          retry = setTimeout(open, Math.min(60_000, 2_000 * 2 ** Math.min(failures, 5)));
        }
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearTimeout(flush);
      source?.close();
    };
  }, [queryClient]);
  return null;
}
