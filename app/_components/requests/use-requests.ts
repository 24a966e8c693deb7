"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/app/_components/api-client";
import { requestsPath, type FamilyRequest } from "./request-types";

export { byUrgency } from "./by-urgency";

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
