"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionButton } from "@/app/_components/action-button";
import { apiFetch } from "@/app/_components/api-client";
import { CodeForm } from "./code-form";
import { RecoveryCodesPanel } from "./recovery-codes";

type Started = { secret: string; otpauthUrl: string; qr: string };

/** The secret in fours, as apps show keys typed in by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)!.join(" ");

/**
 * Setting up an authenticator app: a QR code (drawn here, in the browser: the secret goes to no
 * other service) and the key as text, then the app's first code, then the recovery codes.
 */
export function TotpSetup() {
  const t = useTranslations("security");
  const router = useRouter();
  const [started, setStarted] = useState<Started>();
  const [codes, setCodes] = useState<string[]>();

  async function start() {
    const { secret, otpauthUrl } = await apiFetch<{ secret: string; otpauthUrl: string }>("/api/v1/me/mfa/totp", {
      body: {},
    });
    const QRCode = await import("qrcode");
    const svg = await QRCode.toString(otpauthUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
    setStarted({ secret, otpauthUrl, qr: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
  }

  if (codes)
    return (
      <RecoveryCodesPanel
        codes={codes}
        title={t("appOnSaveCodes")}
        onDone={() => {
          setCodes(undefined);
          setStarted(undefined);
          router.refresh();
        }}
      />
    );
  if (!started)
    return (
      <ActionButton
        onAction={start}
        label={t("appSetUp")}
        workingLabel={t("appStarting")}
        className="btn-primary self-start"
      />
    );
  return (
    <div className="flex flex-col gap-4 rounded-md border border-stone-200 p-4" data-testid="totp-setup">
      <p className="text-sm text-stone-800">{t("appScan")}</p>
      <div className="flex flex-col items-start gap-4 sm:flex-row sm:items-center">
        {/* A data: URL made in this browser: next/image has nothing to optimise here. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={started.qr}
          alt={t("appQrAlt")}
          width={176}
          height={176}
          className="rounded border border-stone-200"
        />
        <div className="min-w-0">
          <p className="text-sm font-semibold text-stone-800">{t("appKey")}</p>
          <p
            className="font-mono text-base break-all select-all"
            data-testid="totp-secret"
            data-secret={started.secret}
          >
            {grouped(started.secret)}
          </p>
        </div>
      </div>
      <p className="text-sm text-stone-800">{t("appEnter")}</p>
      <CodeForm
        id="totp-code"
        label={t("appCode")}
        submitLabel={t("appConfirm")}
        onCancel={() => setStarted(undefined)}
        onCode={async (code) => {
          const { recoveryCodes } = await apiFetch<{ recoveryCodes: string[] }>("/api/v1/me/mfa/totp/confirm", {
            body: { code },
          });
          setCodes(recoveryCodes);
        }}
      />
    </div>
  );
}
