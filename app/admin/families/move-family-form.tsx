"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { useErrorText } from "@/app/_components/use-error-text";

type Props = { familyId: string; familyName: string; currentCoachId: string; coaches: { id: string; name: string }[] };

/** Picks another coach for a family and moves it; the old coach loses access at once. */
export function MoveFamilyForm({ familyId, familyName, currentCoachId, coaches }: Props) {
  const t = useTranslations("admin.families");
  const errorText = useErrorText();
  const router = useRouter();
  const id = useId();
  const [coachId, setCoachId] = useState(currentCoachId);
  const [movedTo, setMovedTo] = useState<string>();
  const move = useMutation({
    mutationFn: (to: string) => apiFetch(`/api/v1/admin/families/${familyId}/coach`, { body: { coachId: to } }),
    onSuccess: (_data, to) => {
      setMovedTo(coaches.find((coach) => coach.id === to)?.name);
      router.refresh();
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMovedTo(undefined);
    if (coachId) move.mutate(coachId);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-2 md:w-96">
      <FormAlert message={move.isError ? errorText(move.error) : undefined} />
      <FormAlert tone="success" message={movedTo ? t("moved", { family: familyName, coach: movedTo }) : undefined} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor={`${id}-coach`} className="text-sm font-semibold">
            {t("coachLabel", { family: familyName })}
          </label>
          <select
            id={`${id}-coach`}
            className="input"
            value={coachId}
            onChange={(event) => setCoachId(event.target.value)}
          >
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
          disabled={move.isPending || !coachId || coachId === currentCoachId}
        >
          {move.isPending ? t("moving") : t("move")}
        </button>
      </div>
    </form>
  );
}
