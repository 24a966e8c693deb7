"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/app/_components/api-client";
import { requestsPath, type FamilyRequest } from "./request-types";

const listKey = (familyId: string) => ["requests", familyId] as const;
const oneKey = (familyId: string, requestId: string) => ["requests", familyId, requestId] as const;

/** The family's requests, newest first as the API answers; shared by every part of a page that shows them. */
export function useFamilyRequests(familyId: string) {
  return useQuery({
    queryKey: listKey(familyId),
    queryFn: async () => (await apiFetch<{ requests: FamilyRequest[] }>(requestsPath(familyId))).requests,
  });
}

/** One request with its updates, oldest first. */
export function useFamilyRequest(familyId: string, requestId: string) {
  return useQuery({
    queryKey: oneKey(familyId, requestId),
    queryFn: async () => (await apiFetch<{ request: FamilyRequest }>(`${requestsPath(familyId)}/${requestId}`)).request,
  });
}

/** After a change: every list and request of the family is read again. */
export function useRefreshRequests(familyId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: listKey(familyId) });
}

/**
 * Overdue first (longest overdue at the top), then open (soonest due first), then the closed ones
 * (newest first): what needs a call today comes before what is only waiting.
 */
export function byUrgency(requests: FamilyRequest[]) {
  const overdue = requests.filter((r) => r.status === "open" && r.overdue).sort((a, b) => cmp(a.dueOn, b.dueOn));
  const open = requests.filter((r) => r.status === "open" && !r.overdue).sort((a, b) => cmp(a.dueOn, b.dueOn));
  const closed = requests.filter((r) => r.status !== "open").sort((a, b) => cmp(b.askedOn, a.askedOn));
  return { overdue, open, closed };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
