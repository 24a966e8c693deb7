"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type Ref } from "react";
import {
  credentialsForState,
  searchCredentials,
  UNKNOWN_CREDENTIAL,
  US_STATES,
  type Credential,
  type UsState,
} from "@/lib/domain/catalog";
import { catalogIn, labelNamesAbbreviation } from "@/lib/domain/catalog/localize";
import { Combobox, type ComboboxGroup } from "@/app/_components/combobox";
import { CredentialFacts } from "./credential-facts";

type Tier = "yourState" | "national" | "otherStates";

const tierOf = (credential: Credential, state: UsState | null): Tier =>
  credential.states.length === 0
    ? "national"
    : state && credential.states.includes(state)
      ? "yourState"
      : "otherStates";

const stateName = (code: string) => US_STATES.find((state) => state.code === code)?.name ?? code;

/**
 * The credentials a person holds, chosen from every title Clarity knows: the family's state's own
 * titles first, then the national ones, then other states' (a search for "QMHP-CS" finds the Texas
 * title from anywhere). Each choice says in plain words where the title stands (on their own,
 * under a supervisor, a paraprofessional), and the first one chosen is explained below the list.
 */
export function CredentialPicker({
  id,
  inputRef,
  value,
  onChange,
  error,
  state,
  familyId,
}: {
  id: string;
  inputRef?: Ref<HTMLInputElement>;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  state: UsState | null;
  familyId: string;
}) {
  const t = useTranslations("credentialPicker");
  const { credentialById } = catalogIn(useLocale());
  const [query, setQuery] = useState("");
  const noteId = useId();
  const words = (credential: Credential) => {
    const local = credentialById(credential.id) ?? credential;
    return credential.kind === "unknown" || labelNamesAbbreviation(local)
      ? local.label
      : `${local.abbreviation} · ${local.label}`;
  };
  const detail = (credential: Credential) => {
    const where =
      credential.states.length > 0 ? t("onlyIn", { states: credential.states.map(stateName).join(", ") }) : null;
    const level = t(
      `level.${credential.requiresSupervisor && credential.level === "independent" ? "associate" : credential.level}`,
    );
    return where ? `${level} · ${where}` : level;
  };

  const found = query.trim() === "" ? credentialsForState(state) : searchCredentials(query, state);
  const groups: ComboboxGroup[] = (["yourState", "national", "otherStates"] as const).map((tier) => ({
    key: tier,
    label: tier === "yourState" && state ? t("group.yourState", { state: stateName(state) }) : t(`group.${tier}`),
    options: found
      .filter((credential) => tierOf(credential, state) === tier)
      .map((credential) => ({
        id: credential.id,
        text: words(credential),
        detail: detail(credential),
        selected: value.includes(credential.id),
      })),
  }));

  function toggle(credentialId: string) {
    if (value.includes(credentialId)) onChange(value.filter((held) => held !== credentialId));
    // "Not known yet" stands alone: choosing a real credential replaces it, and the other way round.
    else if (credentialId === UNKNOWN_CREDENTIAL) onChange([UNKNOWN_CREDENTIAL]);
    else onChange([...value.filter((held) => held !== UNKNOWN_CREDENTIAL), credentialId]);
    setQuery("");
  }

  const chosen = value.map((credentialId) => credentialById(credentialId)).filter((entry) => entry !== undefined);
  return (
    <div className="flex flex-col gap-3">
      {!state && (
        <p id={noteId} className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("noState")}{" "}
          <Link href={`/families/${familyId}/settings`} className="font-semibold underline underline-offset-4">
            {t("setState")}
          </Link>
        </p>
      )}
      <div>
        <p className="text-sm font-semibold text-stone-800" id={`${id}-chosen-label`}>
          {t("chosen")}
        </p>
        {chosen.length === 0 ? (
          <p className="text-sm text-stone-600">{t("noneChosen")}</p>
        ) : (
          <ul
            aria-labelledby={`${id}-chosen-label`}
            className="mt-1 flex flex-wrap gap-2"
            data-testid="chosen-credentials"
          >
            {chosen.map((credential) => (
              <li
                key={credential.id}
                className="flex items-center gap-2 rounded-full border border-brand-100 bg-brand-50 py-1 pr-1 pl-3 text-sm"
              >
                <span>
                  <span className="font-semibold">{credential.abbreviation}</span>{" "}
                  <span className="text-stone-600">{detail(credential)}</span>
                </span>
                <button
                  type="button"
                  onClick={() => toggle(credential.id)}
                  className="flex size-8 items-center justify-center rounded-full hover:bg-brand-100"
                  aria-label={t("remove", { credential: credential.abbreviation })}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <Combobox
        id={id}
        inputRef={inputRef}
        label={t("label")}
        hint={t("hint")}
        describedBy={[error ? `${id}-error` : "", state ? "" : noteId, `${id}-facts`].join(" ").trim()}
        query={query}
        onQuery={setQuery}
        groups={groups}
        onPick={toggle}
        emptyText={t("nothingFound")}
        invalid={Boolean(error)}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      <div id={`${id}-facts`} aria-live="polite" className="rounded-md border border-stone-200 bg-stone-50 p-3">
        <CredentialFacts credentialId={value[0] ?? UNKNOWN_CREDENTIAL} headingLevel={4} />
      </div>
    </div>
  );
}
