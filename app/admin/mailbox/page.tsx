import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { listMailbox } from "@/lib/email/mailbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mailbox"))("title") };
}

/** What the app emailed (or, without SMTP_URL, would have): for admins only. */
export default async function MailboxPage() {
  const actor = await actorForPage(["admin"]);
  const emails = await pageData(listMailbox(actor, await getLocale()));
  const t = await getTranslations("mailbox");
  const format = await getFormatter();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("intro")}</p>
      </div>
      {emails.length === 0 ? (
        <p className="card">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {emails.map((email) => (
            <li key={email.id} className="card" data-testid="mailbox-email">
              {/* minmax(0, 1fr) and overflow-wrap: anywhere: a long address or link wraps on a phone instead of widening the page. */}
              <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm [overflow-wrap:anywhere]">
                <dt className="font-semibold">{t("to")}</dt>
                <dd>{email.to}</dd>
                <dt className="font-semibold">{t("subject")}</dt>
                <dd>{email.subject}</dd>
                <dt className="font-semibold">{t("created")}</dt>
                <dd>{format.dateTime(new Date(email.createdAt), { dateStyle: "medium", timeStyle: "short" })}</dd>
                <dt className="font-semibold">{t("sent")}</dt>
                <dd>
                  {email.sentAt
                    ? `${format.dateTime(new Date(email.sentAt), { dateStyle: "medium", timeStyle: "short" })} · ${t("via", { transport: email.transport ?? "" })}`
                    : t("notSent")}
                </dd>
              </dl>
              <pre className="mt-3 rounded-md bg-stone-100 p-3 font-sans text-sm [overflow-wrap:anywhere] whitespace-pre-wrap">
                {email.body}
              </pre>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
