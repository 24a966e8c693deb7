import type { QueryClient } from "@tanstack/react-query";
import type { MessageDto, ReaderDto } from "@/lib/messages/dto";
import type { ConversationEnd, LiveChange } from "@/lib/messages/live-stream";
import type { LiveConversation, LiveState } from "./live-context";

// Signals arriving together (a burst of messages, a read right after) cause one refresh, not many.
const COALESCE_MS = 250;

/** What each signal makes stale: the badges, the caseload's rows and ranking, the conversation. */
function refresh(queryClient: QueryClient, familyIds: Set<string> | "all") {
  void queryClient.invalidateQueries({ queryKey: ["unread"] });
  void queryClient.invalidateQueries({ queryKey: ["caseload"] });
  if (familyIds === "all") void queryClient.invalidateQueries({ queryKey: ["messages"] });
  else for (const familyId of familyIds) void queryClient.invalidateQueries({ queryKey: ["messages", familyId] });
}

const parse = <T>(event: Event) => JSON.parse((event as MessageEvent<string>).data || "{}") as T;

type Link = {
  queryClient: QueryClient;
  /** The conversation a page registered, read at each opening. */
  conversation: () => LiveConversation | null;
  /** Families whose conversation the server ended: not asked for again (LiveUpdates clears one a page shows anew). */
  forbidden: Set<string>;
  setState: (update: (current: LiveState) => LiveState) => void;
};

/**
 * The connection behind LiveUpdates: opens GET /api/v1/live (with the registered conversation and
 * the newest message the page has), refreshes what a signal makes stale, hands the conversation's
 * events to its page, and opens again after a failure (the browser retries by itself otherwise) or
 * when `reopen` is called; stops for good when the session has ended. Loaded right after the page,
 * so it is not part of every page's first load.
 */
export function connectLive({ queryClient, conversation, forbidden, setState }: Link) {
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
    const wanted = conversation();
    const carried = wanted && !forbidden.has(wanted.familyId) ? wanted : null;
    const after = carried?.resumeAfter();
    const query = carried
      ? `?conversation=${encodeURIComponent(carried.familyId)}${after ? `&after=${encodeURIComponent(after)}` : ""}`
      : "";
    const opened = new EventSource(`/api/v1/live${query}`);
    source = opened;
    setState((current) => ({ ...current, status: "connecting", carrying: carried?.familyId ?? null }));
    // What this connection brings for the conversation, while that conversation is still shown.
    const forCarried = (deliver: (target: LiveConversation) => void) => {
      if (carried && conversation() === carried) deliver(carried);
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
    opened.addEventListener("readers", (event) => forCarried((target) => target.onReaders(parse<ReaderDto[]>(event))));
    opened.addEventListener("conversation-end", (event) => {
      const { familyId } = parse<ConversationEnd>(event);
      forbidden.add(familyId);
      setState((current) => ({ ...current, carrying: null, forbidden: [...forbidden] }));
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

  open();
  return {
    /** Opens again for the conversation registered now (none, or another one). */
    reopen: () => {
      if (!stopped) open();
    },
    stop: () => {
      stopped = true;
      clearTimeout(retry);
      clearTimeout(flush);
      source?.close();
    },
  };
}
