"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Ref } from "react";
import type { CredentialKind } from "@/lib/domain/catalog";
import { catalogIn, labelNamesAbbreviation } from "@/lib/domain/catalog/localize";
import { CredentialFacts } from "./credential-facts";

const KIND_ORDER: CredentialKind[] = [
  "license",
  "certification",
  "program-credential",
  "job-title",
  "degree",
  "unknown",
];

/** A credential chooser that explains the choice as it is made (read out politely when it changes). */
export function CredentialPicker({
  id,
  ref,
  value,
  onChange,
  error,
}: {
  id: string;
  ref?: Ref<HTMLSelectElement>;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const t = useTranslations("providerForm");
  const { credentials } = catalogIn(useLocale());
  const groups = KIND_ORDER.map((kind) => ({
    kind,
    entries: credentials.filter((credential) => credential.kind === kind),
  }));
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-semibold text-stone-800">
        {t("credentialLabel")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-stone-600">
        {t("credentialHint")}
      </p>
      <select
        id={id}
        ref={ref}
        name="credentialId"
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={error ? `${id}-hint ${id}-error ${id}-facts` : `${id}-hint ${id}-facts`}
        aria-invalid={error ? true : undefined}
      >
        {groups.map((group) => (
          <optgroup key={group.kind} label={t(`kind.${group.kind}`)}>
            {group.entries.map((credential) => (
              <option key={credential.id} value={credential.id}>
                {credential.kind === "unknown" || labelNamesAbbreviation(credential)
                  ? credential.label
                  : `${credential.abbreviation} · ${credential.label}`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      <div id={`${id}-facts`} aria-live="polite" className="rounded-md border border-stone-200 bg-stone-50 p-3">
        <CredentialFacts credentialId={value} headingLevel={4} />
      </div>
    </div>
  );
}
