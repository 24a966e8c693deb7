import type { CaseloadSort } from "@/lib/domain/caseload/rank";
import type { CaseloadFlagFilter } from "@/lib/schemas/caseload";

export type { CaseloadSort };

/** What the coach chose on the caseload page; kept in the address so a reload or a link keeps it. */
export type CaseloadParams = { sort: CaseloadSort; flags: CaseloadFlagFilter[]; tag: string | null; q: string };

export const DEFAULT_PARAMS: CaseloadParams = { sort: "priority", flags: [], tag: null, q: "" };

/** How many of the folded choices (sort, tag, filters) differ from the defaults: the phone's button counts them. */
export function choicesMade(params: CaseloadParams): number {
  return params.flags.length + (params.tag === null ? 0 : 1) + (params.sort === DEFAULT_PARAMS.sort ? 0 : 1);
}

/** The API's query string for these choices (and a page's cursor); the page's own address uses it too. */
export function caseloadSearch(params: CaseloadParams, extra: Record<string, string> = {}): URLSearchParams {
  const search = new URLSearchParams();
  if (params.sort !== "priority") search.set("sort", params.sort);
  const filters = [...params.flags, ...(params.tag ? [`tag:${params.tag}`] : [])];
  if (filters.length > 0) search.set("filter", filters.join(","));
  if (params.q.trim()) search.set("q", params.q.trim());
  for (const [key, value] of Object.entries(extra)) search.set(key, value);
  return search;
}
