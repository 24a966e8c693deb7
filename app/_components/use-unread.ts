"use client";

import { useQuery } from "@tanstack/react-query";
import type { UnreadSummary } from "@/lib/messages/dto";
import { apiFetch } from "./api-client";

const POLL_MS = 15_000;

/** Unread messages of the signed-in user, polled (without keeping the session alive). */
export function useUnread() {
  return useQuery({
    queryKey: ["unread"],
    queryFn: () => apiFetch<UnreadSummary>("/api/v1/unread", { background: true }),
    refetchInterval: POLL_MS,
    staleTime: 5_000,
    retry: false,
  });
}
