"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useErrorText } from "@/app/_components/use-error-text";
import { focusFirstInvalid, useValidate } from "@/app/_components/validate";
import type { ChildDto, ProviderDto } from "@/lib/care-team/dto";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { mismatchReasonText } from "@/lib/domain/gaps/mismatch-reason-text";
import { judge } from "@/lib/domain/gaps";
import { CredentialPicker } from "./credential-picker";

type Props = { familyId: string; childOptions: ChildDto[]; provider?: ProviderDto; today: string };
type Answers = Record<string, { answer: string; askedOn: string }>;

/** Adds a provider, or edits one: every field of the care-team record, checked before sending. */
export function ProviderForm({ familyId, childOptions, provider, today }: Props) {
  const t = useTranslations("providerForm");
  const errorText = useErrorText();
  const tMismatch = useTranslations("mismatch");
  const locale = useLocale();
  const { questions, services, treatmentModels } = catalogIn(locale);
  const validate = useValidate();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const [credentialId, setCredentialId] = useState(provider?.credentialId ?? "unknown");
  const [servicesDelivered, setServicesDelivered] = useState<string[]>(provider?.servicesDelivered ?? []);
  const [trainedIn, setTrainedIn] = useState<string[]>(provider?.trainedIn ?? []);
  const [childIds, setChildIds] = useState<string[]>(
    provider?.childIds ?? (childOptions.length === 1 ? [childOptions[0]!.id] : []),
  );
  const [answers, setAnswers] = useState<Answers>(provider?.answers ?? {});
  const [fields, setFields] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (list: string[], value: string) =>
    list.includes(value) ? list.filter((item) => item !== value) : [...list, value];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const filledAnswers = Object.fromEntries(Object.entries(answers).filter(([, value]) => value.answer.trim() !== ""));
    const input = {
      name: text("name"),
      statedTitle: text("statedTitle"),
      credentialId,
      childIds,
      servicesDelivered,
      trainedIn,
      startOn: text("startOn"),
      endOn: text("endOn") || null,
      agency: text("agency"),
      licenseNumber: text("licenseNumber"),
      licenseState: text("licenseState").trim() || null,
      contact: text("contact"),
      notes: text("notes"),
      answers: filledAnswers,
    };
    const checked = await validate((schemas) => schemas.providerCreateSchema, input);
    setFields(checked.fields);
    if (!checked.data) {
      setAlert(t("fixFields"));
      focusFirstInvalid(formRef.current, checked.fields);
      return;
    }
    // On edit, an answer that was emptied is cleared on the server with null.
    const cleared = Object.fromEntries(
      Object.keys(provider?.answers ?? {})
        .filter((key) => !(key in filledAnswers))
        .map((key) => [key, null]),
    );
    setBusy(true);
    setAlert(null);
    try {
      if (provider)
        await apiFetch(`/api/v1/families/${familyId}/providers/${provider.id}`, {
          method: "PATCH",
          body: { ...input, answers: { ...filledAnswers, ...cleared } },
        });
      else await apiFetch(`/api/v1/families/${familyId}/providers`, { body: input });
      router.push(`/families/${familyId}/care-team`);
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError && error.fields) {
        setFields(error.fields);
        focusFirstInvalid(formRef.current, error.fields);
      }
      setAlert(errorText(error));
      setBusy(false);
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-6">
      <FormAlert message={alert ?? undefined} />

      <fieldset className="flex flex-col gap-4 card">
        <legend className="px-1 text-lg font-semibold">{t("who")}</legend>
        <FormField
          id={`${id}-name`}
          name="name"
          label={t("name")}
          defaultValue={provider?.name}
          error={fields.name}
          autoComplete="off"
          required
        />
        <FormField
          id={`${id}-title`}
          name="statedTitle"
          label={t("statedTitle")}
          hint={t("statedTitleHint")}
          defaultValue={provider?.statedTitle}
          error={fields.statedTitle}
          required
        />
        <FormField
          id={`${id}-agency`}
          name="agency"
          label={t("agency")}
          defaultValue={provider?.agency ?? ""}
          error={fields.agency}
        />
        <FormField
          id={`${id}-contact`}
          name="contact"
          label={t("contact")}
          hint={t("contactHint")}
          defaultValue={provider?.contact ?? ""}
          error={fields.contact}
        />
      </fieldset>

      <fieldset className="flex flex-col gap-4 card">
        <legend className="px-1 text-lg font-semibold">{t("credential")}</legend>
        <CredentialPicker
          id={`${id}-credential`}
          value={credentialId}
          onChange={setCredentialId}
          error={fields.credentialId}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            id={`${id}-license`}
            name="licenseNumber"
            label={t("licenseNumber")}
            defaultValue={provider?.licenseNumber ?? ""}
            error={fields.licenseNumber}
          />
          <FormField
            id={`${id}-state`}
            name="licenseState"
            label={t("licenseState")}
            hint={t("licenseStateHint")}
            defaultValue={provider?.licenseState ?? ""}
            error={fields.licenseState}
            maxLength={2}
            autoCapitalize="characters"
          />
        </div>
        <CheckboxGroup
          legend={t("trainedIn")}
          hint={t("trainedInHint")}
          name="trainedIn"
          options={treatmentModels.map((model) => ({ value: model.id, label: model.label, detail: model.description }))}
          selected={trainedIn}
          onToggle={(value) => setTrainedIn(toggle(trainedIn, value))}
          error={fields.trainedIn}
        />
      </fieldset>

      <fieldset className="flex flex-col gap-4 card">
        <legend className="px-1 text-lg font-semibold">{t("work")}</legend>
        <CheckboxGroup
          legend={t("children")}
          name="childIds"
          options={childOptions.map((child) => ({ value: child.id, label: child.name }))}
          selected={childIds}
          onToggle={(value) => setChildIds(toggle(childIds, value))}
          error={fields.childIds}
        />
        <CheckboxGroup
          legend={t("services")}
          hint={t("servicesHint")}
          name="servicesDelivered"
          options={services.map((service) => {
            const judgement = judge({ credentialId, trainedIn }, service.id);
            return {
              value: service.id,
              label: service.label,
              detail:
                judgement.kind === "mismatch" && servicesDelivered.includes(service.id)
                  ? mismatchReasonText(tMismatch, judgement.reason, locale)
                  : undefined,
              warn: judgement.kind === "mismatch",
            };
          })}
          selected={servicesDelivered}
          onToggle={(value) => setServicesDelivered(toggle(servicesDelivered, value))}
          error={fields.servicesDelivered}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            id={`${id}-start`}
            name="startOn"
            type="date"
            label={t("startOn")}
            hint={t("startOnHint")}
            defaultValue={provider?.startOn ?? today}
            error={fields.startOn}
            required
          />
          <FormField
            id={`${id}-end`}
            name="endOn"
            type="date"
            label={t("endOn")}
            hint={t("endOnHint")}
            defaultValue={provider?.endOn ?? ""}
            error={fields.endOn}
          />
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-4 card">
        <legend className="px-1 text-lg font-semibold">{t("questions")}</legend>
        <p className="text-sm text-stone-700">{t("questionsHint")}</p>
        {questions.map((question) => {
          const answer = answers[question.id] ?? { answer: "", askedOn: today };
          const set = (next: Partial<typeof answer>) =>
            setAnswers({ ...answers, [question.id]: { ...answer, ...next } });
          return (
            <div key={question.id} className="flex flex-col gap-2 border-t border-stone-200 pt-3">
              <label htmlFor={`${id}-q-${question.id}`} className="font-semibold">
                {question.text}
              </label>
              <p id={`${id}-q-${question.id}-why`} className="text-sm text-stone-600">
                {question.why}
              </p>
              <textarea
                id={`${id}-q-${question.id}`}
                name={`answers.${question.id}.answer`}
                className="input min-h-20"
                value={answer.answer}
                onChange={(event) => set({ answer: event.target.value })}
                aria-describedby={
                  fields[`answers.${question.id}.answer`]
                    ? `${id}-q-${question.id}-why ${id}-q-${question.id}-error`
                    : `${id}-q-${question.id}-why`
                }
                aria-invalid={fields[`answers.${question.id}.answer`] ? true : undefined}
              />
              {answer.answer.trim() !== "" && (
                <FormField
                  id={`${id}-q-${question.id}-date`}
                  name={`answers.${question.id}.askedOn`}
                  type="date"
                  label={t("askedOn")}
                  value={answer.askedOn}
                  onChange={(event) => set({ askedOn: event.target.value })}
                  error={fields[`answers.${question.id}.askedOn`]}
                />
              )}
              {fields[`answers.${question.id}.answer`] && (
                <p id={`${id}-q-${question.id}-error`} className="text-sm font-medium text-red-800">
                  {fields[`answers.${question.id}.answer`]}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>

      <fieldset className="flex flex-col gap-2 card">
        <legend className="px-1 text-lg font-semibold">{t("notes")}</legend>
        <label htmlFor={`${id}-notes`} className="sr-only">
          {t("notes")}
        </label>
        <textarea
          id={`${id}-notes`}
          name="notes"
          className="input min-h-28"
          defaultValue={provider?.notes ?? ""}
          aria-invalid={fields.notes ? true : undefined}
          aria-describedby={fields.notes ? `${id}-notes-error` : undefined}
        />
        {fields.notes && (
          <p id={`${id}-notes-error`} className="text-sm font-medium text-red-800">
            {fields.notes}
          </p>
        )}
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-primary" disabled={busy}>
          {busy ? t("saving") : provider ? t("save") : t("add")}
        </button>
        <button type="button" className="btn-secondary" onClick={() => router.back()}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

type Option = { value: string; label: string; detail?: string; warn?: boolean };

function CheckboxGroup({
  legend,
  hint,
  name,
  options,
  selected,
  onToggle,
  error,
}: {
  legend: string;
  hint?: string;
  name: string;
  options: Option[];
  selected: string[];
  onToggle: (value: string) => void;
  error?: string;
}) {
  const groupId = useId();
  return (
    <fieldset
      aria-describedby={[hint ? `${groupId}-hint` : "", error ? `${groupId}-error` : ""].join(" ").trim() || undefined}
    >
      <legend className="text-sm font-semibold text-stone-800">{legend}</legend>
      {hint && (
        <p id={`${groupId}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((option, index) => (
          <label
            key={option.value}
            className="flex min-h-11 items-start gap-2 rounded-md border border-stone-200 p-2 hover:bg-stone-50"
          >
            <input
              type="checkbox"
              name={index === 0 ? name : undefined}
              value={option.value}
              checked={selected.includes(option.value)}
              onChange={() => onToggle(option.value)}
              className="mt-1 size-4 accent-brand-700"
            />
            <span className="text-sm">
              <span className="font-medium">{option.label}</span>
              {option.detail && (
                <span className={`block ${option.warn ? "text-orange-800" : "text-stone-600"}`}>{option.detail}</span>
              )}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${groupId}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
