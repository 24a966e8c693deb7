"use client";

import { useTranslations } from "next-intl";
import type { Section } from "./family-sections";

/** "More ▾", and for a screen reader which section under it is open. */
export function MoreLabel({ currentInMore }: { currentInMore: Section | undefined }) {
  const t = useTranslations("familyTabs");
  return (
    <>
      {t("more")}
      <span aria-hidden="true">▾</span>
      {currentInMore && <span className="sr-only">{t("moreHolds", { section: t(currentInMore) })}</span>}
    </>
  );
}
