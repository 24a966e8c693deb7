"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { ConfirmButton } from "@/app/_components/confirm-button";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitOrCancel } from "@/app/_components/form-buttons";
import { FormField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";
import { WordedError } from "@/app/_components/use-error-text";
import type { PasskeyDto } from "@/lib/accounts/passkeys";

/**
 * A passkey's name, for adding one (then the browser's prompt) or renaming it. The caller refreshes
 * the page once its own steps are done.
 */
function NameForm({
  id,
  defaultName,
  submitLabel,
  workingLabel,
  onName,
  onCancel,
}: {
  id: string;
  defaultName: string;
  submitLabel: string;
  workingLabel: string;
  onName: (name: string) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useTranslations("security");
  const { submit, field, alert, busy } = useApiForm({
    schema: (schemas) => schemas.renamePasskeySchema,
    defaultValues: { name: defaultName },
    refresh: false,
  });
  const onSubmit = submit(({ name }) => onName(name));
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormAlert message={alert} />
      <FormField
        label={t("passkeyName")}
        hint={t("passkeyNameHint")}
        maxLength={60}
        autoComplete="off"
        {...field("name", id)}
      />
      <SubmitOrCancel busy={busy} submitLabel={submitLabel} workingLabel={workingLabel} onCancel={onCancel} />
    </form>
  );
}

/** The account's passkeys: add (the browser makes it), rename, remove. */
export function PasskeysPanel({ passkeys }: { passkeys: PasskeyDto[] }) {
  const t = useTranslations("security");
  const format = useFormatter();
  const router = useRouter();
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<string>();
  const [unsupported, setUnsupported] = useState(false);
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });

  async function create(name: string) {
    const { browserSupportsWebAuthn, startRegistration } = await import("@simplewebauthn/browser");
    if (!browserSupportsWebAuthn()) {
      setUnsupported(true);
      setAdding(false);
      return;
    }
    const { options } = await apiFetch<{ options: Parameters<typeof startRegistration>[0]["optionsJSON"] }>(
      "/api/v1/me/passkeys/options",
      { body: {} },
    );
    let response;
    try {
      response = await startRegistration({ optionsJSON: options });
    } catch {
      throw new WordedError(t("passkeyFailed"));
    }
    await apiFetch("/api/v1/me/passkeys", { body: { name, response } });
    setAdding(false);
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-3">
      {passkeys.length === 0 ? (
        <p className="text-sm text-stone-600">{t("passkeysNone")}</p>
      ) : (
        <ul
          className="flex flex-col divide-y divide-stone-200 rounded-md border border-stone-200"
          aria-label={t("passkeysTitle")}
        >
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="flex flex-col gap-2 p-3" data-testid="passkey">
              {renaming === passkey.id ? (
                <NameForm
                  id={`rename-${passkey.id}`}
                  defaultName={passkey.name}
                  submitLabel={t("save")}
                  workingLabel={t("saving")}
                  onCancel={() => setRenaming(undefined)}
                  onName={async (name) => {
                    await apiFetch(`/api/v1/me/passkeys/${passkey.id}`, { method: "PATCH", body: { name } });
                    setRenaming(undefined);
                    router.refresh();
                  }}
                />
              ) : (
                <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0">
                    <p className="font-semibold break-words">{passkey.name}</p>
                    <p className="text-sm text-stone-600">
                      {t("passkeyAdded", { date: day(passkey.createdAt) })}
                      {passkey.lastUsedAt ? ` · ${t("passkeyUsed", { date: day(passkey.lastUsedAt) })}` : ""}
                    </p>
                  </div>
                  <div className="flex flex-wrap items-center gap-4">
                    <button
                      type="button"
                      className="text-sm font-semibold text-brand-800 underline underline-offset-4"
                      aria-label={t("renameLabel", { name: passkey.name })}
                      onClick={() => setRenaming(passkey.id)}
                    >
                      {t("rename")}
                    </button>
                    <ConfirmButton
                      path={`/api/v1/me/passkeys/${passkey.id}`}
                      method="DELETE"
                      label={t("remove")}
                      accessibleName={t("removeLabel", { name: passkey.name })}
                      confirmTitle={t("removeTitle", { name: passkey.name })}
                      confirmBody={t("removeBody")}
                      confirmLabel={t("remove")}
                      workingLabel={t("removing")}
                      tone="danger"
                      compact
                    />
                  </div>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {unsupported && <FormAlert message={t("passkeyUnsupported")} />}
      {adding ? (
        <div className="rounded-md border border-stone-200 p-4">
          <NameForm
            id="new-passkey-name"
            defaultName={t("passkeyDefaultName")}
            submitLabel={t("passkeyCreate")}
            workingLabel={t("passkeyCreating")}
            onCancel={() => setAdding(false)}
            onName={create}
          />
        </div>
      ) : (
        <button type="button" className="btn-secondary self-start" onClick={() => setAdding(true)}>
          {t("passkeyAdd")}
        </button>
      )}
    </div>
  );
}
