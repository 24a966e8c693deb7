"use client";

import Link from "next/link";
import { LoadFailed, Loading } from "@/app/_components/requests/load-states";
import { useFormatter, useTranslations } from "next-intl";
import { calendarDate } from "@/app/_components/calendar-date";
import { DueRuleNote, RequestStatusMark } from "@/app/_components/requests/request-summary";
import { useFamilyRequest } from "@/app/_components/requests/use-requests";
import { AddUpdateForm } from "./add-update-form";

/** The request, then each update in the order it happened, then the form for the next one. */
export function RequestThread({
  familyId,
  requestId,
  today,
  familyChildren,
}: {
  familyId: string;
  requestId: string;
  today: string;
  familyChildren: { id: string; name: string }[];
}) {
  const t = useTranslations("requests");
  const format = useFormatter();
  const query = useFamilyRequest(familyId, requestId);
  const date = (iso: string) => calendarDate(format, iso);
  const back = (
    <Link
      href={`/families/${familyId}/requests`}
      className="text-sm font-semibold text-brand-700 underline underline-offset-4"
    >
      {t("back")}
    </Link>
  );

  if (query.isPending) return <Loading back={back} label={t("loading")} />;
  if (query.isError)
    return (
      <LoadFailed
        back={back}
        error={query.error}
        title={t("detailTitle")}
        words={{ notFoundTitle: t("notFoundTitle"), notFoundBody: t("notFoundBody"), tryAgain: t("tryAgain") }}
        onRetry={() => void query.refetch()}
      />
    );

  const request = query.data;
  const overdue = request.status === "open" && request.overdue;
  const who = [request.to.name, request.to.role, request.to.organization].filter(Boolean).join(", ");
  const childNames = request.childIds
    .map((id) => familyChildren.find((child) => child.id === id)?.name)
    .filter(Boolean)
    .join(", ");
  const updates = request.updates ?? [];

  return (
    <div className="flex flex-col gap-6">
      {back}
      <header className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <RequestStatusMark request={request} />
          <span className="text-sm text-stone-600">{t(`kinds.${request.kind}`)}</span>
        </div>
        <h1 className="text-2xl font-bold break-words">{request.summary}</h1>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold text-stone-800">{t("who")}</dt>
          <dd className="break-words text-stone-700">{who}</dd>
          <dt className="font-semibold text-stone-800">{t("how")}</dt>
          <dd className="text-stone-700">
            {t("howValue", { channel: t(`channels.${request.channel}`), date: date(request.askedOn) })}
          </dd>
          {childNames && (
            <>
              <dt className="font-semibold text-stone-800">{t("child")}</dt>
              <dd className="text-stone-700">{childNames}</dd>
            </>
          )}
          <dt className="font-semibold text-stone-800">{t("answerDue")}</dt>
          <dd className={overdue ? "font-semibold text-red-800" : "text-stone-700"}>
            {date(request.dueOn)}
            {request.dueRule && (
              <span className="block text-xs font-normal text-stone-600">
                <DueRuleNote rule={request.dueRule} />
              </span>
            )}
          </dd>
          {request.letterId && (
            <>
              <dt className="font-semibold text-stone-800">{t("letter")}</dt>
              <dd>
                <Link
                  href={`/families/${familyId}/letters/${request.letterId}`}
                  className="font-semibold text-brand-700 underline underline-offset-4"
                >
                  {t("openLetter")}
                </Link>
              </dd>
            </>
          )}
        </dl>
      </header>

      <section aria-labelledby="request-updates" className="flex flex-col gap-3">
        <h2 id="request-updates" className="text-lg font-semibold">
          {t("updatesTitle")}
        </h2>
        {updates.length === 0 ? (
          <p className="text-sm text-stone-700">{t("noUpdates")}</p>
        ) : (
          <ol className="flex flex-col gap-3 border-l-2 border-brand-100 pl-4">
            {updates.map((update) => (
              <li key={update.id} data-testid="request-update" className="flex flex-col gap-1">
                <p className="text-sm font-semibold text-stone-800">
                  {date(update.on)}
                  {update.status && <> · {t("statusSetTo", { status: t(`statuses.${update.status}`) })}</>}
                </p>
                <p className="break-words whitespace-pre-line text-stone-800">{update.note}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <AddUpdateForm familyId={familyId} requestId={requestId} today={today} status={request.status} />
    </div>
  );
}
