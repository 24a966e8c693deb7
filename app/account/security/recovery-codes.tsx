"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { ActionButton } from "@/app/_components/action-button";
import { apiFetch } from "@/app/_components/api-client";

/** Ten codes, shown once: to copy or write down before going on. */
export function RecoveryCodesPanel({ codes, onDone, title }: { codes: string[]; onDone: () => void; title?: string }) {
  const t = useTranslations("security");
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div
      className="flex flex-col gap-3 rounded-md border border-brand-100 bg-brand-50 p-4"
      data-testid="recovery-codes"
    >
      <h4 ref={heading} tabIndex={-1} className="font-semibold focus:outline-none">
        {title ?? t("recoveryShowTitle")}
      </h4>
      <p className="text-sm text-stone-800">{t("recoveryShowBody")}</p>
      <ol className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-base sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="btn-secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(codes.join("\n")).catch(() => {});
            setCopied(true);
          }}
        >
          {t("recoveryCopy")}
        </button>
        <button type="button" className="btn-primary" onClick={onDone}>
          {t("recoveryDone")}
        </button>
        {copied && (
          <span role="status" className="text-sm text-stone-700">
            {t("recoveryCopied")}
          </span>
        )}
      </div>
    </div>
  );
}

/** A fresh set of recovery codes (the old ones stop working). */
export function NewRecoveryCodes() {
  const t = useTranslations("security");
  const router = useRouter();
  const [codes, setCodes] = useState<string[]>();
  if (codes)
    return (
      <RecoveryCodesPanel
        codes={codes}
        onDone={() => {
          setCodes(undefined);
          router.refresh();
        }}
      />
    );
  return (
    <ActionButton
      label={t("recoveryNew")}
      onAction={async () => {
        const { recoveryCodes } = await apiFetch<{ recoveryCodes: string[] }>("/api/v1/me/mfa/recovery-codes", {
          body: {},
        });
        setCodes(recoveryCodes);
      }}
    />
  );
}
