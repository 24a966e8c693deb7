"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { apiFetch } from "@/app/_components/api-client";
import { calendarDate } from "@/app/_components/calendar-date";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";
import { useErrorText } from "@/app/_components/use-error-text";
import type { ActionItem } from "@/lib/coaching/actions";
import { ACTION_TITLE_MAX } from "@/lib/schemas/limits";

const actionsPath = (familyId: string) => `/api/v1/families/${familyId}/actions`;

function AddActionForm({ familyId }: { familyId: string }) {
  const t = useTranslations("coachTools.actions");
  const id = useId();
  const { form, submit, field, alert, busy } = useApiForm({
    schema: (schemas) => schemas.createActionSchema,
    defaultValues: { title: "", dueOn: "" },
    toInput: ({ title, dueOn }) => ({ title, dueOn: dueOn || null }),
  });
  const onSubmit = submit(
    (input) => apiFetch(actionsPath(familyId), { body: input }),
    () => form.reset(),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormAlert message={alert} />
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr] sm:items-start">
        <FormField
          label={t("titleLabel")}
          hint={t("titleHint")}
          maxLength={ACTION_TITLE_MAX}
          autoComplete="off"
          {...field("title", `${id}-title`)}
        />
        <FormField type="date" label={t("dueLabel")} {...field("dueOn", `${id}-due`)} />
      </div>
      <button type="submit" className="btn-primary self-start" disabled={busy}>
        {busy ? t("adding") : t("add")}
      </button>
    </form>
  );
}

function ActionRow({ familyId, item }: { familyId: string; item: ActionItem }) {
  const t = useTranslations("coachTools.actions");
  const format = useFormatter();
  const router = useRouter();
  const errorText = useErrorText();
  const id = useId();
  const toggle = useMutation({
    mutationFn: (done: boolean) => apiFetch(`${actionsPath(familyId)}/${item.id}`, { method: "PATCH", body: { done } }),
    onSuccess: () => router.refresh(),
  });
  const done = toggle.isPending ? Boolean(toggle.variables) : item.done;

  return (
    <li className="flex flex-col gap-1 py-3" data-testid="action-item">
      <div className="flex items-start gap-3">
        <input
          id={`${id}-done`}
          type="checkbox"
          className="mt-0.5 size-6 shrink-0"
          checked={done}
          disabled={toggle.isPending}
          onChange={(event) => toggle.mutate(event.currentTarget.checked)}
          aria-describedby={`${id}-meta`}
        />
        <label
          htmlFor={`${id}-done`}
          className={`min-h-6 break-words ${done ? "text-stone-600 line-through" : "font-medium"}`}
        >
          <span className="sr-only">{t("markDone")} </span>
          {item.title}
        </label>
      </div>
      <p id={`${id}-meta`} className="flex flex-wrap items-center gap-2 pl-9 text-sm text-stone-600">
        {item.overdue && (
          <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">{t("overdue")}</span>
        )}
        <span>{item.dueOn ? t("due", { date: calendarDate(format, item.dueOn) }) : t("noDue")}</span>
        {item.doneAt && (
          <span>· {t("doneOn", { date: format.dateTime(new Date(item.doneAt), { dateStyle: "medium" }) })}</span>
        )}
      </p>
      {toggle.isError && (
        <div className="pl-9">
          <FormAlert message={errorText(toggle.error)} />
        </div>
      )}
    </li>
  );
}

/** What the coach means to do next: add with an optional due date, tick off, untick. */
export function ActionItemsPanel({ familyId, items }: { familyId: string; items: ActionItem[] }) {
  const t = useTranslations("coachTools.actions");
  const open = items.filter((item) => !item.done).length;
  return (
    <section aria-labelledby="coach-actions-heading" className="flex flex-col gap-4 card">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="coach-actions-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-stone-600">{t("openCount", { count: open })}</p>
      </div>
      <AddActionForm familyId={familyId} />
      {items.length === 0 ? (
        <p className="text-sm text-stone-700">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="flex flex-col divide-y divide-stone-200">
          {items.map((item) => (
            <ActionRow key={item.id} familyId={familyId} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}
