"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/**
 * The coach's own workspace for this family, one click from every page of it. It stands beside
 * the family's name rather than in the sections, which are the family's own and the same for all.
 */
export function CoachToolsLink({ familyId }: { familyId: string }) {
  const t = useTranslations("familyTabs");
  const href = `/families/${familyId}/coach`;
  const current = usePathname() === href;
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`no-print btn-secondary shrink-0 ${current ? "border-brand-700 text-brand-800" : ""}`}
    >
      {t("coach")}
    </Link>
  );
}
