import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listPasskeys } from "@/lib/accounts/passkeys";
import { listSecurityEvents, listSessions } from "@/lib/accounts/security-log";
import { twoStepStatus } from "@/lib/accounts/two-step";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { DevicesSection } from "./security/devices-section";
import { SecurityLog } from "./security/security-log";
import { TwoStepSection } from "./security/two-step-section";
import { PasswordForm } from "./password-form";
import { SignOutEverywhere } from "./sign-out-everywhere";
import { Section } from "@/app/_components/section";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

/**
 * The account: password, two-step sign-in, signed-in devices and the security log. A session that
 * must first set up a second step sees the two-step section only (nothing else answers it yet).
 */
export default async function AccountPage() {
  const actor = await actorForPage(undefined, { enrolling: true });
  const t = await getTranslations("account");
  const [status, passkeys] = await Promise.all([pageData(twoStepStatus(actor)), pageData(listPasskeys(actor))]);
  const enrolling = Boolean(actor.mustEnroll);
  const [sessions, events] = enrolling
    ? [[], []]
    : await Promise.all([pageData(listSessions(actor)), pageData(listSecurityEvents(actor, 50))]);
  return (
    <ClientMessages namespaces={["account", "common", "errors", "security", "validation"]}>
      <div className="flex max-w-2xl flex-col gap-6">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 break-words text-stone-700">{t("who", { name: actor.name, email: actor.email })}</p>
        </div>
        {!enrolling && (
          <Section id="password-heading" title={t("passwordTitle")} className="card">
            <p className="mt-1 mb-4 text-sm text-stone-700">{t("passwordBody")}</p>
            <PasswordForm />
          </Section>
        )}
        <TwoStepSection status={status} passkeys={passkeys} email={actor.email} enrolling={enrolling} />
        {!enrolling && (
          <>
            <DevicesSection sessions={sessions} />
            <SecurityLog events={events} />
          </>
        )}
        <Section id="sessions-heading" title={t("sessionsTitle")} className="card">
          <p className="mt-1 mb-4 text-sm text-stone-700">{t("sessionsBody")}</p>
          <SignOutEverywhere />
        </Section>
      </div>
    </ClientMessages>
  );
}
