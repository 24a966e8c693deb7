import { getFormatter, getTranslations } from "next-intl/server";
import { Section } from "@/app/_components/section";
import type { SecurityEventDto } from "@/lib/accounts/security-log";
import { deviceName } from "./device-name";

/** What happened to the account, newest first: to spot what wasn't you. */
export async function SecurityLog({ events }: { events: SecurityEventDto[] }) {
  const t = await getTranslations("security");
  const format = await getFormatter();
  return (
    <Section id="log-heading" title={t("logTitle")} intro={t("logBody")} className="flex flex-col gap-3 card">
      {events.length === 0 ? (
        <p className="text-sm text-stone-600">{t("logEmpty")}</p>
      ) : (
        <ol aria-label={t("logLabel")} className="flex flex-col divide-y divide-stone-200" data-testid="security-log">
          {events.map((event, index) => (
            <li
              key={`${event.at}-${index}`}
              className="flex flex-col gap-0.5 py-2 sm:flex-row sm:justify-between sm:gap-4"
            >
              <span
                className={`font-medium ${event.type === "sign-in-failed" ? "text-red-800" : "text-stone-900"}`}
                data-event={event.type}
              >
                {t(`events.${event.type}`)}
              </span>
              <span className="text-sm text-stone-600 sm:text-right">
                <time dateTime={event.at}>
                  {format.dateTime(new Date(event.at), { dateStyle: "medium", timeStyle: "short" })}
                </time>
                {" · "}
                {deviceName(event.userAgent, t)}
                {event.ip ? ` · ${event.ip}` : ""}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
