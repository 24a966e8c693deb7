"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useWatch } from "react-hook-form";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { useApiForm } from "@/app/_components/use-api-form";

type Props = { familyId: string; familyName: string; currentCoachId: string; coaches: { id: string; name: string }[] };

/** Picks another coach for a family and moves it; the old coach loses access at once. */
export function MoveFamilyForm({ familyId, familyName, currentCoachId, coaches }: Props) {
  const t = useTranslations("admin.families");
  const id = useId();
  const [movedTo, setMovedTo] = useState<string>();
  const { form, submit, alert, busy } = useApiForm({
    schema: (schemas) => schemas.moveFamilySchema,
    defaultValues: { coachId: currentCoachId },
  });
  const coachId = useWatch({ control: form.control, name: "coachId" });
  const onSubmit = submit(
    (input) => {
      setMovedTo(undefined);
      return apiFetch(`/api/v1/admin/families/${familyId}/coach`, { body: input });
    },
    () => setMovedTo(coaches.find((coach) => coach.id === coachId)?.name),
  );

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2 md:w-96">
      <FormAlert message={alert} />
      <FormAlert tone="success" message={movedTo ? t("moved", { family: familyName, coach: movedTo }) : undefined} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor={`${id}-coach`} className="text-sm font-semibold">
            {t("coachLabel", { family: familyName })}
          </label>
          <select id={`${id}-coach`} className="input" {...form.register("coachId")}>
            {!currentCoachId && <option value="">{t("chooseCoach")}</option>}
            {coaches.map((coach) => (
              <option key={coach.id} value={coach.id}>
                {coach.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="btn-secondary"
          aria-label={t("moveLabel", { family: familyName })}
          disabled={busy || !coachId || coachId === currentCoachId}
        >
          {busy ? t("moving") : t("move")}
        </button>
      </div>
    </form>
  );
}
