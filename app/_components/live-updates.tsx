"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { LiveContext, type LiveConversation, type LiveState } from "./live-context";

/**
 * The signed-in user's one event stream (GET /api/v1/live), opened once for the whole app: every
 * part that shows unread counts or the caseload reads from the query cache, and the stream
 * refreshes what a signal makes stale. Browsers allow six connections per server, so neither the
 * caseload (one stream per family) nor the Messages page (a stream of its own) may open another: a
 * page that shows a conversation registers it (useLiveConversation), and the stream is opened
 * again to carry it, resuming after the newest message the page has. The connection's code
 * (live-connection.ts) comes right after the page, outside every page's first load. `enabled` is
 * false when nobody is signed in (or a second step is still to be set up): no stream then.
 */
export function LiveUpdates({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>({ status: "off", carrying: null, forbidden: [] });
  // The conversation a page registered, and the connection's way to open again for it. Refs, so
  // a page registering before the connection is there is carried by its first opening.
  const conversation = useRef<LiveConversation | null>(null);
  const forbidden = useRef(new Set<string>());
  const reopen = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    let connection: { reopen: () => void; stop: () => void } | undefined;
    let cancelled = false;
    import("./live-connection").then(
      ({ connectLive }) => {
        if (cancelled) return;
        connection = connectLive({
          queryClient,
          conversation: () => conversation.current,
          forbidden: forbidden.current,
          setState,
        });
        reopen.current = connection.reopen;
      },
      // Its code could not be loaded (the network went): the badges and the conversation poll.
      () => {
        if (!cancelled) setState((current) => ({ ...current, status: "down" }));
      },
    );
    return () => {
      cancelled = true;
      reopen.current = null;
      connection?.stop();
      setState((current) => ({ ...current, status: "off", carrying: null }));
    };
  }, [enabled, queryClient]);

  const register = useCallback((next: LiveConversation) => {
    conversation.current = next;
    // A page showing the family again was rendered for someone who may see it (it is a 404 otherwise).
    if (forbidden.current.delete(next.familyId))
      setState((current) => ({ ...current, forbidden: [...forbidden.current] }));
    reopen.current?.();
    return () => {
      if (conversation.current !== next) return;
      conversation.current = null;
      reopen.current?.();
    };
  }, []);

  const value = useMemo(() => ({ state, register }), [state, register]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}
