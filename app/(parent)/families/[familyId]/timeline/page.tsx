import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { calendarDate } from "@/app/_components/calendar-date";
import { StatusBadge, STATUS_COLOR } from "@/app/_components/care-team/status-badge";
import { TimelineChart, type TimelinePoint } from "@/app/_components/care-team/timeline-chart";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { familyTimeline } from "@/lib/care-team/gaps";
import { catalogIn } from "@/lib/domain/catalog/localize";
import type { TimelineStep } from "@/lib/domain/gaps";
import { PageIntro } from "@/app/_components/page-intro";
import { durationWords, WithExactDays } from "@/app/_components/duration-text";
import { addDays, daysBetween } from "@/lib/core/dates";

type Props = { params: Promise<{ familyId: string }>; searchParams: Promise<{ step?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("timeline"))("title") };
}

export default async function TimelinePage({ params, searchParams }: Props) {
  const actor = await actorForPage();
  const { familyId } = await params;
  const step: TimelineStep = (await searchParams).step === "month" ? "month" : "week";
  const picture = await pageData(familyTimeline(actor, familyId, { step }));
  const t = await getTranslations("timeline");
  const locale = await getLocale();
  const { serviceById } = catalogIn(locale);
  const format = await getFormatter();
  const date = (iso: string) => calendarDate(format, iso);
  const axisLabel = (iso: string) =>
    format.dateTime(new Date(`${iso}T00:00:00Z`), { month: "short", year: "2-digit", timeZone: "UTC" });
  const empty = picture.children.every((child) => child.services.length === 0);

  const points: TimelinePoint[] = picture.dates.map((iso, index) => {
    const point: TimelinePoint = {
      date: iso,
      label: axisLabel(iso),
      missing: 0,
      mismatch: 0,
      unverified: 0,
      covered: 0,
    };
    for (const child of picture.children)
      for (const service of child.services) {
        const status = service.statuses[index];
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
        <div className="flex flex-col items-start gap-3 card">
          <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
          <p className="text-stone-700">{t("emptyBody")}</p>
          <Link href={`/families/${familyId}/children`} className="btn-primary">
            {t("addNeeds")}
          </Link>
        </div>
      ) : (
        <>
          <figure className="card">
            <figcaption className="mb-2 font-semibold">{t("chartTitle")}</figcaption>
            <TimelineChart points={points} summary={summary} />
          </figure>

          {picture.children.map((child) =>
            child.services.length === 0 ? null : (
              <section
                key={child.childId}
                aria-labelledby={`timeline-${child.childId}`}
                className="flex flex-col gap-4 card"
              >
                <h2 id={`timeline-${child.childId}`} className="text-xl font-semibold">
                  {t("forChild", { name: child.name })}
                </h2>
                {/* One lane per service: the lanes show the shape, the table under them says it in words. */}
                <div aria-hidden="true" className="flex flex-col gap-2">
                  {child.services.map((service) => (
                    <div
                      key={service.serviceId}
                      className="grid grid-cols-[10rem_1fr] items-center gap-2 text-xs sm:grid-cols-[14rem_1fr]"
                    >
                      <span className="truncate font-medium">
                        {serviceById(service.serviceId)?.label ?? service.serviceId}
                      </span>
                      <div className="flex h-4 overflow-hidden rounded bg-stone-100">
                        {service.statuses.map((status, index) => (
                          <span
                            key={index}
                            className="h-full flex-1"
                            style={{ backgroundColor: status ? STATUS_COLOR[status] : "transparent" }}
                          />
                        ))}
                      </div>
                    </div>
                  ))}
                </div>
                {/* On a narrow phone the five columns can be wider than the card: the table scrolls inside
                    it (a focusable region, so the keyboard can scroll it too) instead of the whole page;
                    relative, so its screen-reader-only text is held inside too. */}
                <div
                  className="relative overflow-x-auto"
                  tabIndex={0}
                  role="region"
                  aria-label={t("tableCaption", { name: child.name })}
                >
                  <table className="w-full text-left text-sm">
                    <caption className="sr-only">{t("tableCaption", { name: child.name })}</caption>
                    <thead>
                      <tr className="border-b border-stone-300">
                        {(["service", "status", "from", "to", "length"] as const).map((column) => (
                          <th key={column} scope="col" className="py-2 pr-3">
                            {t(column)}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {/* Exact days, not steps: a provider's last day is their end date, whatever the step. */}
                      {child.intervals.map((interval) => {
                        const length = durationWords(
                          daysBetween(interval.from, interval.to ? addDays(interval.to, 1) : picture.to),
                          locale,
                        );
                        return (
                          <tr key={`${interval.serviceId}-${interval.from}`} className="border-b border-stone-100">
                            <th scope="row" className="py-2 pr-3 font-medium">
                              {serviceById(interval.serviceId)?.label ?? interval.serviceId}
                            </th>
                            <td className="py-2 pr-3">
                              <StatusBadge status={interval.status} />
                            </td>
                            <td className="py-2 pr-3">{date(interval.from)}</td>
                            <td className="py-2 pr-3">{interval.to ? date(interval.to) : t("now")}</td>
                            <td className="py-2">
                              <WithExactDays {...length}>{length.text}</WithExactDays>
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              </section>
            ),
          )}
        </>
      )}
    </div>
  );
}
