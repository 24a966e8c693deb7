"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";
import { UnreadBadge } from "./unread-badge";

/** `unread`: the link carries the count of unread messages. */
export type NavLink = { href: string; label: string; unread?: boolean };

/**
 * Navigation in a row on a laptop and behind a menu button below 1024 px: an admin's six links, the
 * language switch and sign-out need that width in one row (at 768 px they ran off the screen).
 */
export function NavMenu({ links, userName }: { links: NavLink[]; userName: string }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const toggle = useRef<HTMLButtonElement>(null);

  const items = links.map((link) => {
    const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
    return (
      <li key={link.href}>
        <Link
          href={link.href}
          aria-current={current ? "page" : undefined}
          onClick={() => setOpen(false)}
          className={`flex items-center rounded-md px-3 py-2 text-sm font-medium hover:bg-stone-100 ${current ? "text-brand-800 underline underline-offset-4" : "text-stone-700"}`}
        >
          {link.label}
          {link.unread && <UnreadBadge />}
        </Link>
      </li>
    );
  });

  return (
    <nav
      aria-label={t("label")}
      className="flex items-center gap-2"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <ul className="hidden items-center gap-1 lg:flex">{items}</ul>
      <span className="hidden text-sm text-stone-600 xl:inline">{t("signedInAs", { name: userName })}</span>
      <div className="hidden items-center gap-2 lg:flex">
        <LanguageSwitch />
        <SignOutButton />
      </div>
      <button
        ref={toggle}
        type="button"
        className="btn-secondary lg:hidden"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t("closeMenu") : t("openMenu")}
      </button>
      {open && (
        <div
          id={menuId}
          className="absolute inset-x-0 top-14 z-40 border-b border-stone-200 bg-white px-4 py-3 shadow-md lg:hidden"
        >
          <p className="px-3 pb-2 text-sm text-stone-600">{t("signedInAs", { name: userName })}</p>
          <ul className="flex flex-col gap-1">{items}</ul>
          <div className="flex flex-wrap items-center gap-2 px-3 pt-2">
            <LanguageSwitch />
            <SignOutButton />
          </div>
        </div>
      )}
    </nav>
  );
}
