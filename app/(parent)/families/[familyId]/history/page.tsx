import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { listCareEvents, type CareEventDto } from "@/lib/care-team/events";
import { credentialById as anyCredentialById } from "@/lib/domain/catalog";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { titledAs } from "@/lib/domain/catalog/sentence-words";
import { isIsoDate } from "@/lib/core/dates";
import { calendarDate } from "@/app/_components/calendar-date";
import { PageIntro } from "@/app/_components/page-intro";
import { EmptyState } from "@/app/_components/empty-state";

type Props = { params: Promise<{ familyId: string }>; searchParams: Promise<{ before?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("history"))("title") };
}

const PAGE_SIZE = 100;

export default async function HistoryPage({ params, searchParams }: Props) {
  const actor = await actorForPage();
  const { familyId } = await params;
  const before = Number((await searchParams).before);
  const page = await pageData(
    listCareEvents(actor, familyId, {
      limit: PAGE_SIZE,
      before: Number.isSafeInteger(before) && before > 0 ? before : undefined,
    }),
  );
  const t = await getTranslations("history");
  const { credentialById, needById, serviceById } = catalogIn(await getLocale());
  const format = await getFormatter();
  const day = (value: unknown) => (typeof value === "string" && isIsoDate(value) ? calendarDate(format, value) : "");

  /** One event as a sentence a parent would say. */
  function sentence(event: CareEventDto): string {
    // An imported change names whom its file said, as imported: never an account of this Clarity.
    const who = event.imported
      ? t("importedWho", { name: event.imported.name || t("someone") })
      : event.actor?.name || t("someone");
    const subject = event.subject;
    const text = (key: string) => String(subject[key] ?? "");
    const change = (field: string) => event.changes[field];
    switch (event.action) {
      case "child.added":
      case "child.removed":
        return t(event.action, { who, name: text("name") });
      case "child.updated":
        return change("name")
          ? t("child.renamed", { who, from: String(change("name")!.from), to: String(change("name")!.to) })
          : t("child.updated", { who, name: text("name") });
      case "need.added":
        return t("need.added", {
          who,
          need: needById(text("needId"))?.label ?? text("needId"),
          child: text("childName"),
          date: day(change("identifiedOn")?.to),
        });
      case "need.resolved":
        return t("need.resolved", {
          who,
          need: needById(text("needId"))?.label ?? text("needId"),
          child: text("childName"),
          date: day(change("resolvedOn")?.to),
        });
      case "need.updated":
      case "need.removed":
        return t(event.action, {
          who,
          need: needById(text("needId"))?.label ?? text("needId"),
          child: text("childName"),
        });
      case "service.marked":
        return t("service.marked", {
          who,
          service: serviceById(text("serviceId"))?.label ?? text("serviceId"),
          child: text("childName"),
          reason: String(change("reason")?.to ?? ""),
        });
      case "service.mark-updated":
      case "service.unmarked":
        return t(event.action === "service.unmarked" ? "service.unmarked" : "service.updated", {
          who,
          service: serviceById(text("serviceId"))?.label ?? text("serviceId"),
          child: text("childName"),
        });
      case "provider.added": {
        // Older events name Oregon's titles by their old ids ("qmha"): read them as today's entries.
        const english = anyCredentialById(text("credentialId"));
        const credential = credentialById(english?.id ?? text("credentialId"));
        return t("provider.added", {
          who,
          name: text("name"),
          title: text("statedTitle"),
          titled: titledAs(text("statedTitle"), credential, ...(english ? [english] : [])),
          credential: credential?.abbreviation ?? text("credentialId"),
          date: day(change("startOn")?.to),
        });
      }
      case "provider.ended":
        return t("provider.ended", { who, name: text("name"), date: day(change("endOn")?.to) });
      case "provider.updated":
        return t("provider.updated", {
          who,
          name: text("name"),
          fields: Object.keys(event.changes)
            .map((field) => (t.has(`fields.${field}` as never) ? t(`fields.${field}` as never) : field))
            .join(", "),
        });
      case "provider.removed":
        return t("provider.removed", { who, name: text("name") });
      case "request.added":
        return t("request.added", {
          who,
          to: text("toName"),
          date: day(change("askedOn")?.to),
          due: day(change("dueOn")?.to),
        });
      case "request.noted": {
        const status = change("status")?.to;
        const note = String(change("note")?.to ?? "");
        return typeof status === "string" && t.has(`request.statuses.${status}` as never)
          ? t("request.notedStatus", {
              who,
              to: text("toName"),
              date: day(change("on")?.to),
              status: t(`request.statuses.${status}` as never),
              note,
            })
          : t("request.noted", { who, to: text("toName"), date: day(change("on")?.to), note });
      }
      case "request.updated":
      case "request.removed":
        return t(event.action, { who, to: text("toName") });
      default:
        return t("other", { who });
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <PageIntro title={t("title")} intro={t("intro")} />
      {page.events.length === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          body={t("emptyBody")}
          action={{ href: `/families/${familyId}/children`, label: t("emptyAction") }}
        />
      ) : (
        <ol className="flex flex-col divide-y divide-stone-200 card py-1">
          {page.events.map((event) => (
            <li key={event.id} className="flex flex-col gap-0.5 py-3 sm:flex-row sm:gap-4">
              <time dateTime={event.at} className="shrink-0 text-sm text-stone-600 sm:w-44">
                {format.dateTime(new Date(event.at), { dateStyle: "medium", timeStyle: "short" })}
              </time>
              <div>
                <p>{sentence(event)}</p>
                {event.imported && (
                  <p className="text-sm text-stone-600" data-testid="imported-note">
                    {t("importedNote", {
                      name: event.actor?.name || t("someone"),
                      date: format.dateTime(new Date(event.imported.at), { dateStyle: "medium" }),
                    })}
                  </p>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {page.nextCursor && (
        <Link href={`?before=${page.nextCursor}`} className="btn-secondary self-start">
          {t("older")}
        </Link>
      )}
    </div>
  );
}
