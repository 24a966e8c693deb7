// The family's sections and how their tabs look: shared by the tab row and its More menu.

// Four places a family goes every week, the same for parents and the coach; the rest under More.
// Five entries in all is what fits a 360 px phone without scrolling sideways or clipping.
export const PRIMARY = ["overview", "careTeam", "gaps", "messages"] as const;
export const MORE = [
  "requests",
  "children",
  "documents",
  "summary",
  "timeline",
  "history",
  "access",
  "settings",
] as const;
export type Section = (typeof PRIMARY)[number] | (typeof MORE)[number];

export const PATHS: Record<Section, string> = {
  overview: "",
  careTeam: "/care-team",
  children: "/children",
  documents: "/documents",
  gaps: "/gaps",
  requests: "/requests",
  summary: "/summary",
  timeline: "/timeline",
  history: "/history",
  messages: "/messages",
  access: "/access",
  settings: "/settings",
};
// Deleting the record is a step inside Settings, not a section of its own.
// Letters are drafted for requests, so their pages count as Requests.
const ALSO_UNDER: Partial<Record<Section, readonly string[]>> = {
  settings: ["/deletion"],
  requests: ["/letters"],
};

export function isCurrent(section: Section, pathname: string, base: string): boolean {
  if (section === "overview") return pathname === base;
  return [PATHS[section], ...(ALSO_UNDER[section] ?? [])].some(
    (path) => pathname === `${base}${path}` || pathname.startsWith(`${base}${path}/`),
  );
}

export const TAB =
  "-mb-px flex h-full items-center justify-center border-b-2 px-1 py-2 text-center text-xs leading-tight font-semibold break-words sm:px-3 sm:text-sm";
export const tabState = (current: boolean) =>
  current ? "border-brand-700 text-brand-800" : "border-transparent text-stone-600 hover:text-stone-900";
/** The More button, before and after its menu's code has come. */
export const MORE_BUTTON = "w-full cursor-pointer gap-1";
