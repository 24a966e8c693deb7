"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { calendarDate } from "@/app/_components/calendar-date";
import { useFamilyRequests } from "./use-requests";

/**
 * Beside a gap: how often the family has asked for it, when last, and when an answer is due,
 * from the open requests that name the service (the gap's `requestIds`).
 */
export function GapRequests({ familyId, requestIds }: { familyId: string; requestIds: string[] }) {
  if (requestIds.length === 0) return null;
  return <AskedSoFar familyId={familyId} requestIds={requestIds} />;
}

function AskedSoFar({ familyId, requestIds }: { familyId: string; requestIds: string[] }) {
  const t = useTranslations("requests");
  const format = useFormatter();
  const requests = useFamilyRequests(familyId);
  if (!requests.data) return null;
  const asked = requests.data
    .filter((request) => requestIds.includes(request.id))
    .sort((a, b) => (a.askedOn < b.askedOn ? 1 : a.askedOn > b.askedOn ? -1 : 0));
  const last = asked[0];
  if (!last) return null;
  const overdue = asked.some((request) => request.status === "open" && request.overdue);
  // The first answer the family is owed: the earliest due date among the open requests.
  const due = asked.map((request) => request.dueOn).sort()[0]!;
  const date = (iso: string) => calendarDate(format, iso);
  return (
    <p
      data-testid="gap-requests"
      className={`rounded-md px-3 py-2 text-sm ${overdue ? "bg-red-50 text-red-900" : "bg-brand-50 text-brand-900"}`}
    >
      {t(overdue ? "askedOverdue" : "askedSoFar", { count: asked.length, last: date(last.askedOn), due: date(due) })}{" "}
      <Link
        href={asked.length === 1 ? `/families/${familyId}/requests/${last.id}` : `/families/${familyId}/requests`}
        className="font-semibold underline underline-offset-4"
      >
        {t("seeRequests", { count: asked.length })}
      </Link>
    </p>
  );
}
