"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/app/_components/api-client";
import { lettersPath, type Letter } from "@/app/_components/requests/request-types";

const key = (familyId: string, letterId: string) => ["letters", familyId, letterId] as const;

/** One letter as the API has it, and a way to put a newer copy in its place. */
export function useLetter(familyId: string, letterId: string) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: key(familyId, letterId),
    queryFn: async () => (await apiFetch<{ letter: Letter }>(`${lettersPath(familyId)}/${letterId}`)).letter,
    // The text being edited must not be swapped under the person's cursor by a background refetch.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
  const replace = (letter: Letter) => client.setQueryData(key(familyId, letterId), letter);
  return { query, replace };
}
