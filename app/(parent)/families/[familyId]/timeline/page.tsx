import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { calendarDate } from "@/app/_components/calendar-date";
import { StatusBadge, STATUS_COLOR } from "@/app/_components/care-team/status-badge";
import { TimelineChart, type TimelinePoint } from "@/app/_components/care-team/timeline-chart";
import { ChildTimeline } from "@/app/_components/care-team/child-timeline";
import { MARKER_SHAPE } from "@/app/_components/care-team/timeline-marker-shape";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { familyTimeline, type TimelineEventDto } from "@/lib/care-team/gaps";
import { catalogIn } from "@/lib/domain/catalog/localize";
import type { GapStatus, TimelineStep } from "@/lib/domain/gaps";
import { PageIntro } from "@/app/_components/page-intro";
import { EmptyState } from "@/app/_components/empty-state";
import { durationWords, WithExactDays } from "@/app/_components/duration-text";
import { addDays, daysBetween } from "@/lib/core/dates";
import { axisView, chartTicks, lanesView, markersView, type TimelineWords } from "./timeline-view";
import { ClientMessages } from "@/app/_components/client-messages";

type Props = { params: Promise<{ familyId: string }>; searchParams: Promise<{ step?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("timeline"))("title") };
}

const STATUSES: GapStatus[] = ["missing", "mismatch", "unverified", "covered"];

export default async function TimelinePage({ params, searchParams }: Props) {
  const actor = await actorForPage();
  const { familyId } = await params;
  const step: TimelineStep = (await searchParams).step === "month" ? "month" : "week";
  const picture = await pageData(familyTimeline(actor, familyId, { step }));
  const t = await getTranslations("timeline");
  const tStatus = await getTranslations("gapStatus");
  const locale = await getLocale();
  const { serviceById, needById } = catalogIn(locale);
  const format = await getFormatter();
  const date = (iso: string) => calendarDate(format, iso);
  const service = (id: string) => serviceById(id)?.label ?? id;
  const event = (change: TimelineEventDto): string => {
    switch (change.kind) {
      case "provider-started":
      case "provider-ended": {
        const key = change.kind === "provider-started" ? "started" : "ended";
        const name = change.providerName ?? t("event.someone");
        return change.statedTitle
          ? t(`event.${key}`, { name, title: change.statedTitle })
          : t(`event.${key}Untitled`, { name });
      }
      case "need-identified":
      case "need-resolved": {
        const need = needById(change.catalogId ?? "")?.label ?? change.catalogId ?? "";
        return t(change.kind === "need-identified" ? "event.identified" : "event.resolved", { need });
      }
      case "service-marked":
      case "service-cleared":
        return t(change.kind === "service-marked" ? "event.marked" : "event.cleared", {
          service: service(change.catalogId ?? ""),
        });
    }
  };
  const words: TimelineWords = {
    date,
    // "Dec 2025", never "Dec 25": a two-digit year reads as a day of the month.
    month: (iso) => format.dateTime(new Date(`${iso}T00:00:00Z`), { month: "short", year: "numeric", timeZone: "UTC" }),
    service,
    event,
    status: (status) => tStatus(status),
    marker: (day, what) => t("markerLabel", { date: day, what }),
    segment: (values) => t("segmentTitle", values),
  };
  const ticks = axisView(picture, words);
  const empty = picture.children.every((child) => child.services.length === 0);

  const points: TimelinePoint[] = picture.dates.map((iso, index) => {
    const point: TimelinePoint = { date: iso, label: date(iso), missing: 0, mismatch: 0, unverified: 0, covered: 0 };
    for (const child of picture.children)
      for (const item of child.services) {
        const status = item.statuses[index];
        if (status) point[status] += 1;
      }
    return point;
  });
  const last = points.at(-1);
  const summary = last
    ? t("chartSummary", {
        from: date(picture.from),
        to: date(picture.to),
        missing: last.missing,
        mismatch: last.mismatch,
      })
    : "";

  return (
    <ClientMessages namespaces={["gapStatus"]}>
      <div className="flex flex-col gap-6">
        <PageIntro title={t("title")} intro={t("intro", { from: date(picture.from), to: date(picture.to) })}>
          <nav aria-label={t("stepLabel")} className="no-print flex gap-2">
            {(["week", "month"] as const).map((option) => (
              <Link
                key={option}
                href={`?step=${option}`}
                aria-current={option === step ? "page" : undefined}
                className={option === step ? "btn-primary" : "btn-secondary"}
              >
                {t(`step.${option}`)}
              </Link>
            ))}
          </nav>
        </PageIntro>

        {empty ? (
          <EmptyState
            title={t("emptyTitle")}
            body={t("emptyBody")}
            action={{ href: `/families/${familyId}/children`, label: t("addNeeds") }}
          />
        ) : (
          <>
            <figure className="card">
              <figcaption className="mb-2 font-semibold">{t("chartTitle")}</figcaption>
              <TimelineChart points={points} ticks={chartTicks(picture.dates, ticks)} summary={summary} />
            </figure>

            {picture.children.map((child) =>
              child.services.length === 0 ? null : (
                <section
                  key={child.childId}
                  aria-labelledby={`timeline-${child.childId}`}
                  className="flex flex-col gap-5 card"
                >
                  <div className="flex flex-col gap-1">
                    <h2 id={`timeline-${child.childId}`} className="text-xl font-semibold">
                      {t("forChild", { name: child.name })}
                    </h2>
                    <p className="text-sm text-stone-700">{t("markersHint")}</p>
                  </div>
                  <ChildTimeline
                    lanes={lanesView(picture, child, words)}
                    markers={markersView(picture, child, words)}
                    ticks={ticks}
                    changesLabel={t("changes")}
                  />
                  <Legend
                    statuses={STATUSES.map((status) => ({ status, label: tStatus(status) }))}
                    markers={[
                      { tone: "provider", label: t("legend.provider") },
                      { tone: "need", label: t("legend.need") },
                      { tone: "both", label: t("legend.both") },
                    ]}
                  />
                  <PeriodsTable
                    caption={t("tableCaption", { name: child.name })}
                    headers={{
                      service: t("service"),
                      status: t("status"),
                      from: t("from"),
                      to: t("to"),
                      length: t("length"),
                      period: t("period"),
                    }}
                    rows={child.intervals.map((interval) => {
                      // Exact days, not steps: a provider's last day is their end date, whatever the step.
                      const length = durationWords(
                        daysBetween(interval.from, interval.to ? addDays(interval.to, 1) : picture.to),
                        locale,
                      );
                      return {
                        key: `${interval.serviceId}-${interval.from}`,
                        service: service(interval.serviceId),
                        status: interval.status,
                        from: date(interval.from),
                        to: interval.to ? date(interval.to) : t("now"),
                        length,
                      };
                    })}
                  />
                </section>
              ),
            )}
          </>
        )}
      </div>
    </ClientMessages>
  );
}

function Legend({
  statuses,
  markers,
}: {
  statuses: { status: GapStatus; label: string }[];
  markers: { tone: keyof typeof MARKER_SHAPE; label: string }[];
}) {
  return (
    <ul aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-2 text-xs text-stone-700">
      {statuses.map(({ status, label }) => (
        <li key={status} className="flex items-center gap-1.5">
          <span className="block h-3 w-5 rounded-sm" style={{ backgroundColor: STATUS_COLOR[status] }} />
          {label}
        </li>
      ))}
      {markers.map(({ tone, label }) => (
        <li key={tone} className="flex items-center gap-1.5">
          <span className={`block size-2.5 ${MARKER_SHAPE[tone]}`} />
          {label}
        </li>
      ))}
    </ul>
  );
}

type PeriodRow = {
  key: string;
  service: string;
  status: GapStatus;
  from: string;
  to: string;
  length: { text: string; exact: string };
};

/**
 * Every period in words. On a phone, status, dates and length share one cell under a "When"
 * heading, so the table fits its card at 390 px; wider screens get a column each.
 */
function PeriodsTable({
  caption,
  headers,
  rows,
}: {
  caption: string;
  headers: Record<"service" | "status" | "from" | "to" | "length" | "period", string>;
  rows: PeriodRow[];
}) {
  const wide = "hidden sm:table-cell";
  return (
    <table className="w-full table-fixed text-left text-sm sm:table-auto">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-stone-300">
          <th scope="col" className="w-2/5 py-2 pr-3 sm:w-auto">
            {headers.service}
          </th>
          <th scope="col" className="py-2 sm:hidden">
            {headers.period}
          </th>
          {(["status", "from", "to", "length"] as const).map((column) => (
            <th key={column} scope="col" className={`py-2 pr-3 ${wide}`}>
              {headers[column]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-stone-100 align-top">
            <th scope="row" className="py-2 pr-3 font-medium break-words">
              {row.service}
            </th>
            <td className="py-2 sm:hidden">
              <StatusBadge status={row.status} />
              <span className="mt-1 block">
                {row.from} – {row.to}
              </span>
              <span className="block text-stone-700">
                <WithExactDays {...row.length}>{row.length.text}</WithExactDays>
              </span>
            </td>
            <td className={`py-2 pr-3 ${wide}`}>
              <StatusBadge status={row.status} />
            </td>
            <td className={`py-2 pr-3 whitespace-nowrap ${wide}`}>{row.from}</td>
            <td className={`py-2 pr-3 whitespace-nowrap ${wide}`}>{row.to}</td>
            <td className={`py-2 ${wide}`}>
              <WithExactDays {...row.length}>{row.length.text}</WithExactDays>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
