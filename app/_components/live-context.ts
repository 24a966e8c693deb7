"use client";

import { createContext, useContext, useEffect } from "react";
import type { MessageDto, ReaderDto } from "@/lib/messages/dto";
import type { ResumePoint } from "@/lib/domain/messages/resume-point";

/**
 * The conversation a page shows, carried on the user's one live stream (see LiveUpdates): its
 * family, where a (re)opened stream resumes, and what to do with what the stream brings.
 */
export type LiveConversation = {
  familyId: string;
  /** The newest message the page has from the server's order (never from its own send), if any. */
  resumeAfter: () => string | undefined;
  /** The stream is open; `resumed` is false when it named no message to resume after. */
  onOpen: (resumed: boolean) => void;
  onMessage: (message: MessageDto) => void;
  onReaders: (readers: ReaderDto[]) => void;
  /** More messages were missed than the stream replays: reload the pages, resume from `point`. */
  onResync: (point: ResumePoint) => void;
};

/** The stream as a conversation sees it; "polling" while it is down, so the page polls instead. */
export type StreamState = "connecting" | "live" | "polling" | "ended";
/** Why it ended: the session is over, or the family is no longer theirs to see. */
export type StreamEnd = "session" | "forbidden";

/** "off": no stream at all (signed out, or a browser without EventSource). */
export type LiveStatus = "off" | "connecting" | "live" | "down" | "ended";
export type LiveState = {
  status: LiveStatus;
  /** The family whose conversation the current connection carries. */
  carrying: string | null;
  /** Families whose conversation the server ended: they are not asked for again. */
  forbidden: readonly string[];
};

type LiveContextValue = { state: LiveState; register: (conversation: LiveConversation) => () => void };

export const LiveContext = createContext<LiveContextValue>({
  state: { status: "off", carrying: null, forbidden: [] },
  register: () => () => {},
});

/** What the stream's state means for one conversation. */
export function conversationState(state: LiveState, familyId: string): { stream: StreamState; ended: StreamEnd } {
  if (state.forbidden.includes(familyId)) return { stream: "ended", ended: "forbidden" };
  if (state.status === "ended") return { stream: "ended", ended: "session" };
  if (state.status === "off" || state.status === "down") return { stream: "polling", ended: "session" };
  if (state.status === "live" && state.carrying === familyId) return { stream: "live", ended: "session" };
  return { stream: "connecting", ended: "session" };
}

/**
 * Has the user's one live stream carry this conversation while the caller is mounted (null: none,
 * the page polls), and says how that stream stands for it. `conversation` must keep its identity
 * while it stands for the same family: each new one reopens the stream.
 */
export function useLiveConversation(familyId: string, conversation: LiveConversation | null) {
  const { state, register } = useContext(LiveContext);
  useEffect(() => (conversation ? register(conversation) : undefined), [conversation, register]);
  if (!conversation)
    return conversationState({ ...state, status: state.status === "ended" ? "ended" : "off" }, familyId);
  return conversationState(state, familyId);
}
