"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { StateSelect } from "@/app/_components/state-select";
import { useApiForm } from "@/app/_components/use-api-form";

/** A parent chooses where the child is served; the page is refreshed so every answer follows. */
export function StateForm({ familyId, state }: { familyId: string; state: string | null }) {
  const t = useTranslations("familySettings");
  const [saved, setSaved] = useState(false);
  const { field, alert, busy, submit } = useApiForm({
    schema: (schemas) => schemas.familyStateFormSchema,
    defaultValues: { state: state ?? "" },
  });
  const onSubmit = submit(
    async (input) => {
      setSaved(false);
      await apiFetch(`/api/v1/families/${familyId}`, { method: "PATCH", body: { state: input.state || null } });
    },
    () => setSaved(true),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="state-form">
      <FormAlert message={alert} />
      <StateSelect label={t("stateLabel")} hint={t("stateHint")} {...field("state")} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={busy}>
          {busy ? t("saving") : t("save")}
        </button>
        <p role="status" className="text-sm font-medium text-green-800">
          {saved && !busy ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
