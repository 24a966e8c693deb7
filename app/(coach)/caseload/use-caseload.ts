"use client";

import { keepPreviousData, useInfiniteQuery, useQuery, type InfiniteData } from "@tanstack/react-query";
import { apiFetch } from "@/app/_components/api-client";
import type { CaseloadPage } from "@/lib/caseload/list";
import type { CaseloadTrendsDto } from "@/lib/caseload/trends";
import { caseloadSearch, type CaseloadParams } from "./caseload-params";

const REFRESH_MS = 60_000;

/**
 * The ranked caseload, a page at a time, refreshed every minute while open. Refreshes are
 * background requests: a dashboard left open must not keep an idle session alive.
 */
export function useCaseload(params: CaseloadParams, initial?: { params: CaseloadParams; page: CaseloadPage }) {
  const matchesInitial = initial !== undefined && JSON.stringify(initial.params) === JSON.stringify(params);
  return useInfiniteQuery({
    queryKey: ["caseload", params],
    queryFn: ({ pageParam }) =>
      apiFetch<CaseloadPage>(`/api/v1/caseload?${caseloadSearch(params, pageParam ? { cursor: pageParam } : {})}`, {
        background: true,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: matchesInitial
      ? ({ pages: [initial.page], pageParams: [null] } satisfies InfiniteData<CaseloadPage, string | null>)
      : undefined,
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_MS,
    staleTime: 15_000,
  });
}

export function useCaseloadTrends() {
  return useQuery({
    queryKey: ["caseload-trends"],
    queryFn: () => apiFetch<CaseloadTrendsDto>("/api/v1/caseload/trends", { background: true }),
    refetchInterval: 5 * REFRESH_MS,
    staleTime: REFRESH_MS,
  });
}
