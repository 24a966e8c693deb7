"use client";

import { useLocale, useTranslations } from "next-intl";
import { useWatch, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { FormField, SelectField } from "@/app/_components/form-field";
import type { ProviderDto, SupervisorDto } from "@/lib/care-team/dto";
import { credentialsForState, type UsState } from "@/lib/domain/catalog";
import { catalogIn } from "@/lib/domain/catalog/localize";

/** The supervisor as the form holds it: nobody, someone on the team, or someone else by name. */
export type SupervisorValues = {
  supervisorMode: "none" | "team" | "named";
  supervisorProviderId: string;
  supervisorName: string;
  supervisorCredentialId: string;
};

export function supervisorValues(supervisor: SupervisorDto): SupervisorValues {
  if (supervisor && "providerId" in supervisor)
    return {
      supervisorMode: "team",
      supervisorProviderId: supervisor.providerId,
      supervisorName: "",
      supervisorCredentialId: "",
    };
  if (supervisor)
    return {
      supervisorMode: "named",
      supervisorProviderId: "",
      supervisorName: supervisor.name,
      supervisorCredentialId: supervisor.credentialId,
    };
  return { supervisorMode: "none", supervisorProviderId: "", supervisorName: "", supervisorCredentialId: "" };
}

/** What the API takes: one kind of supervisor, the other cleared (so an edit can switch between them). */
export function supervisorInput(values: SupervisorValues) {
  if (values.supervisorMode === "team")
    return { supervisorProviderId: values.supervisorProviderId || null, supervisor: null };
  if (values.supervisorMode === "named")
    return {
      supervisorProviderId: null,
      supervisor: { name: values.supervisorName, credentialId: values.supervisorCredentialId },
    };
  return { supervisorProviderId: null, supervisor: null };
}

/**
 * Who supervises them: associates, QMHAs, RBTs and other supervised roles count only with a
 * supervisor qualified for the same work, so the family records who that is. A team member is
 * chosen from the list; anyone else is named with their credential.
 */
export function SupervisorFields<Values extends FieldValues & SupervisorValues>({
  form,
  fieldError,
  team,
  state,
  id,
}: {
  form: UseFormReturn<Values, unknown, unknown>;
  fieldError: (name: Path<Values>) => string | undefined;
  team: ProviderDto[];
  state: UsState | null;
  id: string;
}) {
  const t = useTranslations("supervisorFields");
  const { credentialById } = catalogIn(useLocale());
  const mode = useWatch({
    control: form.control,
    name: "supervisorMode" as Path<Values>,
  }) as SupervisorValues["supervisorMode"];
  // Someone who supervises practices on their own: the independent titles of the family's state and the nation.
  const supervising = credentialsForState(state).filter(
    (credential) => credential.level === "independent" && !credential.requiresSupervisor,
  );
  // The schema checks the body, where a named supervisor is `supervisor: { name, credentialId }`.
  const BODY_PATH: Record<keyof SupervisorValues, string> = {
    supervisorMode: "supervisorMode",
    supervisorProviderId: "supervisorProviderId",
    supervisorName: "supervisor.name",
    supervisorCredentialId: "supervisor.credentialId",
  };
  const field = (name: keyof SupervisorValues) => ({
    id: `${id}-${name}`,
    error: fieldError(BODY_PATH[name] as Path<Values>) ?? fieldError(name as Path<Values>),
    ...form.register(name as Path<Values>),
  });
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={`${id}-hint`}>
      <legend className="text-sm font-semibold text-stone-800">{t("legend")}</legend>
      <p id={`${id}-hint`} className="text-sm text-stone-600">
        {t("hint")}
      </p>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-4">
        {(["none", "team", "named"] as const).map((option) => (
          <label key={option} className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="radio"
              value={option}
              className="size-4 accent-brand-700"
              disabled={option === "team" && team.length === 0}
              {...form.register("supervisorMode" as Path<Values>)}
            />
            {t(`mode.${option}`)}
          </label>
        ))}
      </div>
      {mode === "team" && (
        <SelectField label={t("teamMember")} {...field("supervisorProviderId")}>
          <option value="">{t("choose")}</option>
          {team.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name} ({member.credentialIds.map((held) => credentialById(held)?.abbreviation ?? held).join(", ")}
              )
            </option>
          ))}
        </SelectField>
      )}
      {mode === "named" && (
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField label={t("name")} autoComplete="off" {...field("supervisorName")} />
          <SelectField label={t("credential")} {...field("supervisorCredentialId")}>
            <option value="">{t("choose")}</option>
            {supervising.map((credential) => (
              <option key={credential.id} value={credential.id}>
                {credentialById(credential.id)?.abbreviation ?? credential.abbreviation} ·{" "}
                {credentialById(credential.id)?.label ?? credential.label}
              </option>
            ))}
          </SelectField>
        </div>
      )}
    </fieldset>
  );
}
