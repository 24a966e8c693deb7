"use client";

import { useTranslations } from "next-intl";
import { useUnread } from "./use-unread";

/** A count of unread messages; for one family when `familyId` is given. Nothing when none. */
export function UnreadBadge({ familyId }: { familyId?: string }) {
  const t = useTranslations("nav");
  const { data } = useUnread();
  const count = familyId
    ? (data?.families.find((family) => family.familyId === familyId)?.unread ?? 0)
    : (data?.total ?? 0);
  if (count === 0) return null;
  return (
    <span
      data-testid="unread-badge"
      className="ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-red-700 px-1.5 text-xs font-bold text-white"
    >
      <span aria-hidden="true">{count > 99 ? "99+" : count}</span>
      <span className="sr-only">{t("unreadBadge", { count })}</span>
    </span>
  );
}
