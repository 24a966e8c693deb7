"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ComponentType, type ComponentProps } from "react";
import { isCurrent, MORE, MORE_BUTTON, PATHS, PRIMARY, TAB, tabState, type Section } from "./family-sections";
import { MoreLabel } from "./more-label";
import type FamilyMoreMenu from "./family-more-menu";

type MoreMenu = ComponentType<ComponentProps<typeof FamilyMoreMenu>>;

/**
 * The family's sections: four primary ones and a More menu. A grid of five equal cells on a phone,
 * a row from `sm` up; labels wrap inside their cell rather than being cut off.
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
          <More base={base} currentInMore={currentInMore} />
        </li>
      </ul>
    </nav>
  );
}

/**
 * The menu's code (Radix's menu, a sixth of a family page's script) comes right after the page has
 * loaded, not with it. Until then the same-looking button stands in; pressed or focused meanwhile,
 * the menu opens, or takes the focus, as soon as it is there.
 */
function More({ base, currentInMore }: { base: string; currentInMore: Section | undefined }) {
  const [Menu, setMenu] = useState<MoreMenu | null>(null);
  const [openNow, setOpenNow] = useState(false);
  const [focusNow, setFocusNow] = useState(false);
  const standIn = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    let cancelled = false;
    void import("./family-more-menu").then((loaded) => {
      if (cancelled) return;
      setFocusNow(document.activeElement === standIn.current);
      setMenu(() => loaded.default);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  if (Menu) return <Menu base={base} currentInMore={currentInMore} openNow={openNow} focusNow={focusNow} />;
  return (
    <button
      ref={standIn}
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      className={`${TAB} ${MORE_BUTTON} ${tabState(currentInMore !== undefined)}`}
      onClick={() => setOpenNow(true)}
      onKeyDown={(event) => event.key === "ArrowDown" && setOpenNow(true)}
    >
      <MoreLabel currentInMore={currentInMore} />
    </button>
  );
}
