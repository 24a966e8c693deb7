"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

const TABS = [
  "overview",
  "careTeam",
  "children",
  "documents",
  "gaps",
  "requests",
  "summary",
  "timeline",
  "history",
  "messages",
  "access",
  "coach",
  "settings",
  "deletion",
] as const;
// Coach tools are for the family's coach only (their page is a 404 for anyone else as well);
// deleting the record is the parents' call (the coach restores from the banner on every page).
const COACH_ONLY = new Set<(typeof TABS)[number]>(["coach"]);
const PARENT_ONLY = new Set<(typeof TABS)[number]>(["deletion"]);
const PATHS: Record<(typeof TABS)[number], string> = {
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
  coach: "/coach",
  settings: "/settings",
  deletion: "/deletion",
};

/** The family's sections; scrolls sideways on a phone rather than wrapping into a wall. */
export function FamilyTabs({ familyId, isCoach }: { familyId: string; isCoach: boolean }) {
  const t = useTranslations("familyTabs");
  const pathname = usePathname();
  const base = `/families/${familyId}`;
  const currentTab = useRef<HTMLAnchorElement>(null);
  // On a phone the tabs scroll sideways: keep the current one in view. (A block body on purpose:
  // newer Chromium returns a promise from scrollIntoView, and React would call it as a cleanup.)
  useEffect(() => {
    void currentTab.current?.scrollIntoView({ block: "nearest", inline: "center" });
  }, [pathname]);
  return (
    <nav aria-label={t("label")} className="no-print -mx-4 overflow-x-auto px-4">
      <ul className="flex min-w-max gap-1 border-b border-stone-200">
        {TABS.filter((tab) => (isCoach ? !PARENT_ONLY.has(tab) : !COACH_ONLY.has(tab))).map((tab) => {
          const href = `${base}${PATHS[tab]}`;
          const current = tab === "overview" ? pathname === base : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={tab}>
              <Link
                ref={current ? currentTab : undefined}
                href={href}
                aria-current={current ? "page" : undefined}
                className={`-mb-px block border-b-2 px-3 py-2 text-sm font-semibold ${current ? "border-brand-700 text-brand-800" : "border-transparent text-stone-600 hover:text-stone-900"}`}
              >
                {t(tab)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
