"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { DropdownMenu } from "radix-ui";
import { useEffect, useRef } from "react";
import { MORE, MORE_BUTTON, PATHS, TAB, tabState, type Section } from "./family-sections";
import { MoreLabel } from "./more-label";

type FamilyMoreMenuProps = {
  base: string;
  currentInMore: Section | undefined;
  /** The button was pressed before this code came: open at once. */
  openNow: boolean;
  /** The button had the keyboard's focus before this code came: keep it there. */
  focusNow: boolean;
};

/**
 * The family's More menu: a Radix menu (arrow keys, Escape, focus back on the button). Loaded on
 * its own after the page, so that its code is not part of every family page's first load.
 */
export default function FamilyMoreMenu({ base, currentInMore, openNow, focusNow }: FamilyMoreMenuProps) {
  const t = useTranslations("familyTabs");
  const trigger = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusNow && !openNow) trigger.current?.focus();
  }, [focusNow, openNow]);
  return (
    // Not modal: the page around stays readable (a modal menu hides it from screen readers while it keeps focusable links).
    <DropdownMenu.Root modal={false} defaultOpen={openNow}>
      <DropdownMenu.Trigger ref={trigger} className={`${TAB} ${MORE_BUTTON} ${tabState(currentInMore !== undefined)}`}>
        <MoreLabel currentInMore={currentInMore} />
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
  );
}
