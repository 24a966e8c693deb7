import { getFormatter, getTranslations } from "next-intl/server";
import { Section } from "@/app/_components/section";
import { ConfirmButton } from "@/app/_components/confirm-button";
import type { SessionDto } from "@/lib/accounts/security-log";
import { deviceName } from "./device-name";

/** Where the account is signed in now; any other one can be signed out from here. */
export async function DevicesSection({ sessions }: { sessions: SessionDto[] }) {
  const t = await getTranslations("security");
  const format = await getFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  return (
    <Section
      id="devices-heading"
      title={t("devicesTitle")}
      intro={t("devicesBody")}
      className="flex flex-col gap-3 card"
    >
      <ul className="flex flex-col divide-y divide-stone-200 rounded-md border border-stone-200">
        {sessions.map((session) => {
          const device = deviceName(session.userAgent, t);
          return (
            <li
              key={session.id}
              className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between"
              data-testid="device"
            >
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2 font-semibold">
                  <span>{device}</span>
                  {session.current && (
                    <span className="rounded bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-800">
                      {t("thisDevice")}
                    </span>
                  )}
                </p>
                <p className="text-sm text-stone-600">
                  {t("deviceDetails", { signedIn: when(session.createdAt), active: when(session.lastSeenAt) })}
                  {session.ip ? ` · ${t("fromIp", { ip: session.ip })}` : ""}
                </p>
              </div>
              {!session.current && (
                <ConfirmButton
                  path={`/api/v1/sessions/${session.id}`}
                  method="DELETE"
                  label={t("signOutDevice")}
                  accessibleName={t("signOutDeviceLabel", { device })}
                  confirmTitle={t("signOutDeviceTitle", { device })}
                  confirmBody={t("signOutDeviceBody")}
                  confirmLabel={t("signOutDevice")}
                  workingLabel={t("signingOut")}
                  compact
                />
              )}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
