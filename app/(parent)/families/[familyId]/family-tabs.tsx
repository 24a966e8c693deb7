"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { DropdownMenu } from "radix-ui";

// Four places a family goes every week, the same for parents and the coach; the rest under More.
// Five entries in all is what fits a 360 px phone without scrolling sideways or clipping.
const PRIMARY = ["overview", "careTeam", "gaps", "messages"] as const;
const MORE = ["requests", "children", "documents", "summary", "timeline", "history", "access", "settings"] as const;
type Section = (typeof PRIMARY)[number] | (typeof MORE)[number];

const PATHS: Record<Section, string> = {
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

function isCurrent(section: Section, pathname: string, base: string): boolean {
  if (section === "overview") return pathname === base;
  return [PATHS[section], ...(ALSO_UNDER[section] ?? [])].some(
    (path) => pathname === `${base}${path}` || pathname.startsWith(`${base}${path}/`),
  );
}

const TAB =
  "-mb-px flex h-full items-center justify-center border-b-2 px-1 py-2 text-center text-xs leading-tight font-semibold break-words sm:px-3 sm:text-sm";
const tabState = (current: boolean) =>
  current ? "border-brand-700 text-brand-800" : "border-transparent text-stone-600 hover:text-stone-900";

/**
 * The family's sections: four primary ones and a More menu (a Radix menu: arrow keys, Escape,
 * focus back on the button). A grid of five equal cells on a phone, a row from `sm` up; labels
 * wrap inside their cell rather than being cut off.
 */
export function FamilyTabs({ familyId }: { familyId: string }) {
  const t = useTranslations("familyTabs");
  const pathname = usePathname();
  const base = `/families/${familyId}`;
  const currentInMore = MORE.find((section) => isCurrent(section, pathname, base));
  return (
    <nav aria-label={t("label")} className="no-print">
      <ul className="grid grid-cols-5 border-b border-stone-200 sm:flex sm:gap-1">
        {PRIMARY.map((section) => {
          const current = isCurrent(section, pathname, base);
          return (
            <li key={section} className="min-w-0">
              <Link
                href={`${base}${PATHS[section]}`}
                aria-current={current ? "page" : undefined}
                className={`${TAB} ${tabState(current)}`}
              >
                {t(section)}
              </Link>
            </li>
          );
        })}
        <li className="min-w-0">
          {/* Not modal: the page around stays readable (a modal menu hides it from screen readers while it keeps focusable links). */}
          <DropdownMenu.Root modal={false}>
            <DropdownMenu.Trigger
              className={`${TAB} w-full cursor-pointer gap-1 ${tabState(currentInMore !== undefined)}`}
            >
              {t("more")}
              <span aria-hidden="true">▾</span>
              {currentInMore && <span className="sr-only">{t("moreHolds", { section: t(currentInMore) })}</span>}
            </DropdownMenu.Trigger>
            <DropdownMenu.Portal>
              <DropdownMenu.Content
                align="end"
                sideOffset={4}
                collisionPadding={8}
                className="z-50 flex max-w-[calc(100vw-16px)] min-w-52 flex-col rounded-md border border-stone-200 bg-white p-1 shadow-lg"
              >
                {MORE.map((section) => {
                  const current = section === currentInMore;
                  return (
                    <DropdownMenu.Item key={section} asChild>
                      <Link
                        href={`${base}${PATHS[section]}`}
                        aria-current={current ? "page" : undefined}
                        className={`rounded px-3 py-2 text-sm outline-none data-[highlighted]:bg-stone-100 ${current ? "font-semibold text-brand-800 underline underline-offset-4" : "text-stone-800"}`}
                      >
                        {t(section)}
                      </Link>
                    </DropdownMenu.Item>
                  );
                })}
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
        </li>
      </ul>
    </nav>
  );
}
