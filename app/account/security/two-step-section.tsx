import { getTranslations } from "next-intl/server";
import type { PasskeyDto } from "@/lib/accounts/passkeys";
import type { TwoStepStatus } from "@/lib/accounts/two-step";
import { EmailCodesSetup } from "./email-codes-setup";
import { PasskeysPanel } from "./passkeys-panel";
import { NewRecoveryCodes } from "./recovery-codes";
import { TotpSetup } from "./totp-setup";
import { TurnOffButton } from "./turn-off-button";

function StatusBadge({ on, label }: { on: boolean; label: string }) {
  return (
    <span
      className={`rounded px-2 py-0.5 text-xs font-semibold ${on ? "bg-brand-100 text-brand-800" : "bg-stone-200 text-stone-800"}`}
    >
      {label}
    </span>
  );
}

/** The ways to prove it's you after the password: an app, codes by email, passkeys; and recovery codes. */
export async function TwoStepSection({
  status,
  passkeys,
  email,
  enrolling,
}: {
  status: TwoStepStatus;
  passkeys: PasskeyDto[];
  email: string;
  enrolling: boolean;
}) {
  const t = await getTranslations("security");
  const anyOn = status.totp === "on" || status.email || status.passkeys > 0;
  return (
    <section aria-labelledby="two-step-heading" className="flex flex-col gap-5 card" data-testid="two-step">
      <div>
        <h2 id="two-step-heading" className="flex flex-wrap items-center gap-2 text-lg font-semibold">
          {t("twoStepTitle")} <StatusBadge on={anyOn} label={anyOn ? t("on") : t("off")} />
        </h2>
        <p className="mt-1 text-sm text-stone-700">{t("twoStepIntro")}</p>
      </div>
      {enrolling && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          {t("required")}
        </p>
      )}

      <div className="flex flex-col gap-3 border-t border-stone-200 pt-4" data-testid="two-step-app">
        <h3 className="flex flex-wrap items-center gap-2 font-semibold">
          {t("appTitle")} <StatusBadge on={status.totp === "on"} label={status.totp === "on" ? t("on") : t("off")} />
        </h3>
        <p className="text-sm text-stone-700">{t("appBody")}</p>
        {status.totp === "on" ? (
          <>
            <p className="text-sm text-stone-700">
              <span className="font-semibold">{t("recoveryTitle")}:</span>{" "}
              {t("recoveryLeft", { count: status.recoveryCodesLeft })} {t("recoveryBody")}
            </p>
            <div className="flex flex-wrap gap-3">
              <NewRecoveryCodes />
              <TurnOffButton method="totp" />
            </div>
          </>
        ) : (
          <TotpSetup />
        )}
      </div>

      <div className="flex flex-col gap-3 border-t border-stone-200 pt-4" data-testid="two-step-email">
        <h3 className="flex flex-wrap items-center gap-2 font-semibold">
          {t("emailTitle")} <StatusBadge on={status.email} label={status.email ? t("on") : t("off")} />
        </h3>
        <p className="text-sm text-stone-700">{t("emailBody")}</p>
        {status.email ? <TurnOffButton method="email" /> : <EmailCodesSetup email={email} />}
      </div>

      <div className="flex flex-col gap-3 border-t border-stone-200 pt-4" data-testid="two-step-passkeys">
        <h3 className="flex flex-wrap items-center gap-2 font-semibold">
          {t("passkeysTitle")} <StatusBadge on={status.passkeys > 0} label={status.passkeys > 0 ? t("on") : t("off")} />
        </h3>
        <p className="text-sm text-stone-700">{t("passkeysBody")}</p>
        <PasskeysPanel passkeys={passkeys} />
      </div>
    </section>
  );
}
