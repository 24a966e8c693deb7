"use client";

import { useInfiniteQuery, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ApiError, apiFetch } from "@/app/_components/api-client";
import { useLiveConversation, type LiveConversation } from "@/app/_components/live-context";
import { randomUuid } from "@/app/_components/random-uuid";
import type { MessageDto, MessagePage, ReaderDto } from "@/lib/messages/dto";
import { laterResumePoint, resumePointOfNewestPage, type ResumePoint } from "@/lib/domain/messages/resume-point";

export type PendingMessage = {
  clientMessageId: string;
  body: string;
  /** The family's documents the message carries (sent again as they were on a retry). */
  documentIds: string[];
  status: "pending" | "failed";
  error?: unknown;
};
const POLL_MS = 4_000;
const SEND_RETRIES = 2;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A failure that a retry with the same clientMessageId may fix (never a 4xx refusal). */
function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500 || error.status === 429);
}

/**
 * The conversation's data: pages of messages (react-query, older pages on demand), live
 * messages from the user's one event stream (which this registers the conversation on) merged in
 * by id (so nothing shows twice), polling while the stream is down, and sends that keep their text
 * until the server has answered.
 */
export function useConversation(familyId: string) {
  const queryClient = useQueryClient();
  const queryKey = useMemo(() => ["messages", familyId], [familyId]);
  // Messages the stream brought, kept apart too: a page fetched before one was written must not drop it.
  const [streamed, setStreamed] = useState<{ familyId: string; messages: MessageDto[] }>({ familyId, messages: [] });
  const [pending, setPending] = useState<PendingMessage[]>([]);
  // The newest message received from a page or the stream (never from a send): where the stream resumes.
  const resumeRef = useRef<ResumePoint | undefined>(undefined);
  // Set while the person asked for older messages: that request is theirs, not the page's own.
  const olderRequested = useRef(false);

  // The family is not (or no longer) the caller's to see: the stream is not asked to carry it.
  const [goneFamily, setGoneFamily] = useState<string | null>(null);
  const gone = goneFamily === familyId;

  /** Puts a message into the newest page unless it is already there. */
  const addMessage = useCallback(
    (message: MessageDto) => {
      queryClient.setQueryData<InfiniteData<MessagePage, string | null>>(queryKey, (data) => {
        if (!data || data.pages.length === 0) return data;
        if (data.pages.some((page) => page.messages.some((known) => known.id === message.id))) return data;
        const [first, ...rest] = data.pages;
        return { ...data, pages: [{ ...first!, messages: [message, ...first!.messages] }, ...rest] };
      });
    },
    [queryClient, queryKey],
  );

  const setReaders = useCallback(
    (next: ReaderDto[]) => {
      queryClient.setQueryData<InfiniteData<MessagePage, string | null>>(queryKey, (data) => {
        if (!data || data.pages.length === 0) return data;
        const [first, ...rest] = data.pages;
        return { ...data, pages: [{ ...first!, readers: next }, ...rest] };
      });
    },
    [queryClient, queryKey],
  );

  // What the user's one event stream brings for this conversation. It is asked for at once, before
  // the first page is here: the stream then starts at the newest message and the page is read
  // again once it is open, so nothing falls between the two; later openings resume after the
  // newest message the page has (the resume point, which a message of one's own never moves).
  const live = useMemo<LiveConversation | null>(
    () =>
      gone
        ? null
        : {
            familyId,
            resumeAfter: () => resumeRef.current?.id,
            onOpen: (resumed) => {
              if (!resumed) void queryClient.invalidateQueries({ queryKey });
            },
            onMessage: (message) => {
              resumeRef.current = laterResumePoint(resumeRef.current, message);
              setStreamed((current) =>
                current.familyId === familyId
                  ? { familyId, messages: [...current.messages, message] }
                  : { familyId, messages: [message] },
              );
              addMessage(message);
              void queryClient.invalidateQueries({ queryKey: ["unread"] });
            },
            onReaders: setReaders,
            // Too many missed messages to replay: the pages are loaded again, and the stream goes on from the newest.
            onResync: (point) => {
              resumeRef.current = laterResumePoint(resumeRef.current, point);
              void queryClient.invalidateQueries({ queryKey });
              void queryClient.invalidateQueries({ queryKey: ["unread"] });
            },
          },
    [gone, familyId, queryClient, queryKey, addMessage, setReaders],
  );
  const { stream, ended } = useLiveConversation(familyId, live);

  const query = useInfiniteQuery({
    queryKey,
    queryFn: async ({ pageParam }) => {
      try {
        const page = await apiFetch<MessagePage>(
          `/api/v1/families/${familyId}/messages?limit=30${pageParam ? `&before=${pageParam}` : ""}`,
          {
            background: !(pageParam && olderRequested.current),
          },
        );
        if (!pageParam) resumeRef.current = laterResumePoint(resumeRef.current, resumePointOfNewestPage(page.messages));
        return page;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) setGoneFamily(familyId);
        throw error;
      }
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // Refetching an infinite query walks the cursors again from the newest page: no gaps.
    // (Not after the stream said the session ended: polling would only collect 401s.)
    refetchInterval: stream === "live" || stream === "ended" ? false : POLL_MS,
    staleTime: 60_000,
  });

  const messages = useMemo(() => {
    const byId = new Map<string, MessageDto>();
    for (const page of query.data?.pages ?? []) for (const message of page.messages) byId.set(message.id, message);
    if (streamed.familyId === familyId) for (const message of streamed.messages) byId.set(message.id, message);
    return [...byId.values()].sort((a, b) => a.position - b.position);
  }, [query.data, streamed, familyId]);

  const readers: ReaderDto[] = query.data?.pages[0]?.readers ?? [];

  const { fetchNextPage } = query;
  /** Older messages the person asked for (a click or scrolling up): a normal, not a background, request. */
  const fetchOlder = useCallback(async () => {
    olderRequested.current = true;
    try {
      await fetchNextPage();
    } finally {
      olderRequested.current = false;
    }
  }, [fetchNextPage]);

  const send = useCallback(
    async (body: string, documentIds: string[] = [], clientMessageId: string = randomUuid()) => {
      setPending((list) => [
        ...list.filter((item) => item.clientMessageId !== clientMessageId),
        { clientMessageId, body, documentIds, status: "pending" },
      ]);
      for (let attempt = 0; ; attempt++) {
        try {
          const { message } = await apiFetch<{ message: MessageDto }>(`/api/v1/families/${familyId}/messages`, {
            body: { clientMessageId, body, ...(documentIds.length > 0 ? { documentIds } : {}) },
          });
          addMessage(message);
          setPending((list) => list.filter((item) => item.clientMessageId !== clientMessageId));
          return;
        } catch (error) {
          if (isRetryable(error) && attempt < SEND_RETRIES) {
            await sleep(800 * (attempt + 1));
            continue;
          }
          setPending((list) =>
            list.map((item) =>
              item.clientMessageId === clientMessageId ? { ...item, status: "failed", error } : item,
            ),
          );
          return;
        }
      }
    },
    [familyId, addMessage],
  );

  const discard = useCallback((clientMessageId: string) => {
    setPending((list) => list.filter((item) => item.clientMessageId !== clientMessageId));
  }, []);

  return { query, messages, readers, pending, send, discard, stream, ended, fetchOlder };
}

/** Marks the conversation read up to its newest message whenever the page is visible. */
export function useMarkRead(familyId: string, newest: MessageDto | undefined, myReadPosition: number) {
  const queryClient = useQueryClient();
  const marked = useRef(0);
  useEffect(() => {
    if (!newest) return;
    const mark = () => {
      if (document.visibilityState !== "visible") return;
      if (newest.position <= Math.max(marked.current, myReadPosition)) return;
      marked.current = newest.position;
      apiFetch(`/api/v1/families/${familyId}/messages/read`, { body: { upTo: newest.id }, background: true })
        .then(() => queryClient.invalidateQueries({ queryKey: ["unread"] }))
        .catch(() => {
          marked.current = 0; // tried again on the next change or visit
        });
    };
    mark();
    document.addEventListener("visibilitychange", mark);
    window.addEventListener("focus", mark);
    return () => {
      document.removeEventListener("visibilitychange", mark);
      window.removeEventListener("focus", mark);
    };
  }, [familyId, newest, myReadPosition, queryClient]);
}
