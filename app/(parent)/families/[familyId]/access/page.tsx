import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { listAccessLog, type AccessLogEntry } from "@/lib/audit/access-log";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";

type Props = { params: Promise<{ familyId: string }>; searchParams: Promise<{ before?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessLog"))("title") };
}

const PAGE_SIZE = 50;
const VIEWS = new Set([
  "family",
  "providers",
  "provider",
  "children",
  "needs",
  "gaps",
  "timeline",
  "history",
  "messages",
  "documents",
]);

/** Who may join the family: each change is shown in the family's words. */
const MEMBERSHIP_EVENTS = {
  "family.member_join": "member_join",
  "invite.create": "invite_create",
  "invite.suggest": "invite_suggest",
  "invite.approve": "invite_approve",
  "invite.decline": "invite_decline",
  "invite.withdraw": "invite_withdraw",
  "invite.resend": "invite_resend",
  "invite.revoke": "invite_revoke",
} as const;

/** Who opened this family's information, and when: for its members and its coach. */
export default async function AccessHistoryPage({ params, searchParams }: Props) {
  const actor = await actorForPage();
  const { familyId } = await params;
  const before = Number((await searchParams).before);
  const page = await pageData(
    listAccessLog(actor, familyId, {
      limit: PAGE_SIZE,
      before: Number.isSafeInteger(before) && before > 0 ? before : undefined,
    }),
  );
  const t = await getTranslations("accessLog");
  const format = await getFormatter();

  function who(entry: AccessLogEntry): string {
    return entry.actor?.name
      ? t("who", { name: entry.actor.name, role: t(`roles.${entry.actor.role}`) })
      : t("someone");
  }

  // The family reads "your family"; the coach, "the family".
  const phrase = (key: string) => t((actor.role === "coach" ? `forCoach.${key}` : key) as "moved");
  function what(entry: AccessLogEntry): string {
    if (entry.action === "admin.family_move") return phrase("moved");
    const membership = MEMBERSHIP_EVENTS[entry.action as keyof typeof MEMBERSHIP_EVENTS];
    if (membership) return phrase(`events.${membership}`);
    if (entry.action === "document.download") return phrase("downloaded");
    return phrase(`views.${entry.what && VIEWS.has(entry.what) ? entry.what : "other"}`);
  }

  return (
    <div className="flex flex-col gap-6">
      <PageIntro title={t("title")} intro={actor.role === "coach" ? t("coachIntro") : t("intro")} />
      {page.entries.length === 0 ? (
        <p className="card text-stone-700">{t(actor.role === "coach" ? "emptyCoach" : "empty")}</p>
      ) : (
        <ol className="flex flex-col divide-y divide-stone-200 card py-1" data-testid="access-log">
          {page.entries.map((entry) => (
            <li key={entry.id} className="flex flex-col gap-0.5 py-3 sm:flex-row sm:gap-4" data-testid="access-entry">
              <time dateTime={entry.at} className="shrink-0 text-sm text-stone-600 sm:w-44">
                {format.dateTime(new Date(entry.at), { dateStyle: "medium", timeStyle: "short" })}
              </time>
              <p>
                <span className="font-medium">{who(entry)}</span> <span>{what(entry)}</span>
              </p>
            </li>
          ))}
        </ol>
      )}
      <div className="flex flex-wrap gap-3">
        {before > 0 && (
          <Link href="?" className="btn-secondary">
            {t("newest")}
          </Link>
        )}
        {page.nextCursor && (
          <Link href={`?before=${page.nextCursor}`} className="btn-secondary">
            {t("older")}
          </Link>
        )}
      </div>
    </div>
  );
}
