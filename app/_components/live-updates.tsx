"use client";

import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { MessageDto, ReaderDto } from "@/lib/messages/dto";
import type { ConversationEnd, LiveChange } from "@/lib/messages/live-stream";
import { LiveContext, type LiveConversation, type LiveState } from "./live-context";

// Signals arriving together (a burst of messages, a read right after) cause one refresh, not many.
const COALESCE_MS = 250;

/** What each signal makes stale: the badges, the caseload's rows and ranking, the conversation. */
function refresh(queryClient: QueryClient, familyIds: Set<string> | "all") {
  void queryClient.invalidateQueries({ queryKey: ["unread"] });
  void queryClient.invalidateQueries({ queryKey: ["caseload"] });
  if (familyIds === "all") void queryClient.invalidateQueries({ queryKey: ["messages"] });
  else for (const familyId of familyIds) void queryClient.invalidateQueries({ queryKey: ["messages", familyId] });
}

const parse = <T,>(event: Event) => JSON.parse((event as MessageEvent<string>).data || "{}") as T;

/**
 * The signed-in user's one event stream (GET /api/v1/live), opened once for the whole app: every
 * part that shows unread counts or the caseload reads from the query cache, and this refreshes
 * what a signal makes stale. Browsers allow six connections per server, so neither the caseload
 * (one stream per family) nor the Messages page (a stream of its own) may open another: a page
 * that shows a conversation registers it (useLiveConversation), and the stream is opened again to
 * carry it, resuming after the newest message the page has. Reconnects by itself; stops for good
 * when the session has ended. `enabled` is false when nobody is signed in (or a second step is
 * still to be set up): no stream then.
 */
export function LiveUpdates({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>({ status: "off", carrying: null, forbidden: [] });
  // The conversation a page registered, and the connection's way to open again for it. Refs, so
  // a page registering in the same commit as this mounts is carried by the first connection.
  const conversation = useRef<LiveConversation | null>(null);
  const forbidden = useRef(new Set<string>());
  const reopen = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
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
      clearTimeout(retry);
      source?.close();
      const wanted = conversation.current;
      const carried = wanted && !forbidden.current.has(wanted.familyId) ? wanted : null;
      const after = carried?.resumeAfter();
      const query = carried
        ? `?conversation=${encodeURIComponent(carried.familyId)}${after ? `&after=${encodeURIComponent(after)}` : ""}`
        : "";
      const opened = new EventSource(`/api/v1/live${query}`);
      source = opened;
      setState((current) => ({ ...current, status: "connecting", carrying: carried?.familyId ?? null }));
      // What this connection brings for the conversation, while that conversation is still shown.
      const forCarried = (deliver: (target: LiveConversation) => void) => {
        if (carried && conversation.current === carried) deliver(carried);
      };

      opened.onopen = () => {
        failures = 0;
        setState((current) => ({ ...current, status: "live" }));
        // With nothing to resume from, a message may have landed between the page and the stream.
        forCarried((target) => target.onOpen(after !== undefined));
      };
      opened.addEventListener("change", (event) => {
        const change = parse<LiveChange>(event);
        // The conversation carried here gets its messages and readers from this stream itself.
        if (carried && change.familyId === carried.familyId) {
          void queryClient.invalidateQueries({ queryKey: ["unread"] });
          void queryClient.invalidateQueries({ queryKey: ["caseload"] });
          return;
        }
        schedule(change.familyId);
      });
      opened.addEventListener("resync", (event) => {
        const { position } = parse<{ position?: number }>(event);
        // With a position, the conversation missed more than the stream replays; without, anything may have.
        if (position !== undefined)
          forCarried((target) => target.onResync({ id: (event as MessageEvent<string>).lastEventId, position }));
        schedule("all");
      });
      opened.addEventListener("message", (event) => forCarried((target) => target.onMessage(parse<MessageDto>(event))));
      opened.addEventListener("readers", (event) =>
        forCarried((target) => target.onReaders(parse<ReaderDto[]>(event))),
      );
      opened.addEventListener("conversation-end", (event) => {
        const { familyId } = parse<ConversationEnd>(event);
        forbidden.current.add(familyId);
        setState((current) => ({ ...current, carrying: null, forbidden: [...forbidden.current] }));
      });
      opened.addEventListener("end", () => {
        stopped = true;
        opened.close();
        setState((current) => ({ ...current, status: "ended" }));
      });
      opened.onerror = () => {
        if (stopped || source !== opened) return;
        setState((current) => ({ ...current, status: "down" }));
        // The browser retries by itself (with Last-Event-ID) unless the answer was not a stream
        // (a 401, a proxy's error page); then this opens again, from the newest message the page has.
        if (opened.readyState === EventSource.CLOSED) {
          failures += 1;
          retry = setTimeout(open, Math.min(30_000, 2_000 * 2 ** Math.min(failures, 4)));
        }
      };
    };

    reopen.current = () => {
      if (!stopped) open();
    };
    open();
    return () => {
      stopped = true;
      reopen.current = null;
      clearTimeout(retry);
      clearTimeout(flush);
      source?.close();
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
