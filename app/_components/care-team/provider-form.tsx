"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, type Ref } from "react";
import { Controller, useWatch } from "react-hook-form";
import { apiFetch } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useApiForm } from "@/app/_components/use-api-form";
import type { ChildDto, ProviderDto } from "@/lib/care-team/dto";
import { UNKNOWN_CREDENTIAL, type UsState } from "@/lib/domain/catalog";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { mismatchReasonText } from "@/lib/domain/gaps/mismatch-reason-text";
import { judge } from "@/lib/domain/gaps";
import { stateAwareMismatch } from "@/lib/care-team/mismatch-words";
import { CredentialPicker } from "./credential-picker";
import { ServiceFinder } from "./service-finder";
import { SupervisorFields, supervisorInput, supervisorValues, type SupervisorValues } from "./supervisor-fields";

type Props = {
  familyId: string;
  childOptions: ChildDto[];
  provider?: ProviderDto;
  /** The family's other providers: one of them may supervise this one. */
  team: ProviderDto[];
  /** The family's state: its own titles come first in the credential picker. */
  state: UsState | null;
  today: string;
};

/** What the form holds: the provider as typed, every question with an answer box (empty or not). */
type Values = {
  name: string;
  statedTitle: string;
  credentialIds: string[];
  childIds: string[];
  servicesDelivered: string[];
  trainedIn: string[];
  startOn: string;
  endOn: string;
  agency: string;
  licenseNumber: string;
  licenseState: string;
  contact: string;
  notes: string;
  answers: Record<string, { answer: string; askedOn: string }>;
} & SupervisorValues;

function valuesOf({ provider, childOptions, today }: Props, questionIds: string[]): Values {
  return {
    name: provider?.name ?? "",
    statedTitle: provider?.statedTitle ?? "",
    credentialIds: provider?.credentialIds ?? [UNKNOWN_CREDENTIAL],
    ...supervisorValues(provider?.supervisor ?? null),
    childIds: provider?.childIds ?? (childOptions.length === 1 ? [childOptions[0]!.id] : []),
    servicesDelivered: provider?.servicesDelivered ?? [],
    trainedIn: provider?.trainedIn ?? [],
    startOn: provider?.startOn ?? today,
    endOn: provider?.endOn ?? "",
    agency: provider?.agency ?? "",
    licenseNumber: provider?.licenseNumber ?? "",
    licenseState: provider?.licenseState ?? "",
    contact: provider?.contact ?? "",
    notes: provider?.notes ?? "",
    answers: Object.fromEntries(questionIds.map((id) => [id, provider?.answers[id] ?? { answer: "", askedOn: today }])),
  };
}

/** The body POST takes: blanks are nothing, and only the questions answered count. */
const toInput = ({
  supervisorMode,
  supervisorProviderId,
  supervisorName,
  supervisorCredentialId,
  ...values
}: Values) => ({
  ...values,
  ...supervisorInput({ supervisorMode, supervisorProviderId, supervisorName, supervisorCredentialId }),
  endOn: values.endOn || null,
  licenseState: values.licenseState.trim() || null,
  answers: Object.fromEntries(Object.entries(values.answers).filter(([, value]) => value.answer.trim() !== "")),
});

const toggle = (list: string[], value: string) =>
  list.includes(value) ? list.filter((item) => item !== value) : [...list, value];

/** Adds a provider, or edits one: every field of the care-team record, checked before sending. */
export function ProviderForm(props: Props) {
  const { familyId, childOptions, provider, team, state } = props;
  const t = useTranslations("providerForm");
  const tMismatch = useTranslations("mismatch");
  const mismatchWords = stateAwareMismatch((key, values) => tMismatch(key as never, values as never));
  const locale = useLocale();
  const { questions, services, treatmentModels } = catalogIn(locale);
  const router = useRouter();
  const id = useId();
  const { form, field, fieldError, alert, busy, showFailure } = useApiForm({
    schema: (schemas) => schemas.providerCreateSchema,
    defaultValues: valuesOf(
      props,
      questions.map((question) => question.id),
    ),
    toInput,
  });
  const [credentialIds, trainedIn, servicesDelivered, answers, supervisorMode] = useWatch({
    control: form.control,
    name: ["credentialIds", "trainedIn", "servicesDelivered", "answers", "supervisorMode"],
  });

  const onSubmit = form.handleSubmit(
    async (input) => {
      try {
        if (provider) {
          // An answer that was emptied is cleared on the server with null.
          const cleared = Object.keys(provider.answers)
            .filter((key) => !(key in (input.answers ?? {})))
            .map((key) => [key, null]);
          await apiFetch(`/api/v1/families/${familyId}/providers/${provider.id}`, {
            method: "PATCH",
            body: { ...input, answers: { ...input.answers, ...Object.fromEntries(cleared) } },
          });
        } else await apiFetch(`/api/v1/families/${familyId}/providers`, { body: input });
        router.push(`/families/${familyId}/care-team`);
        router.refresh();
      } catch (error) {
        showFailure(error);
      }
    },
    () => form.setError("root", { message: t("fixFields") }),
  );
  const done = busy || form.formState.isSubmitSuccessful;
  const notesError = fieldError("notes");

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <FormAlert message={alert} />

      <fieldset className="flex flex-col gap-4 card">
        <legend className="px-1 text-lg font-semibold">{t("who")}</legend>
        <FormField label={t("name")} autoComplete="off" required {...field("name", `${id}-name`)} />
        <FormField
          label={t("statedTitle")}
          hint={t("statedTitleHint")}
          required
          {...field("statedTitle", `${id}-title`)}
        />
        <FormField label={t("agency")} {...field("agency", `${id}-agency`)} />
        <FormField label={t("contact")} hint={t("contactHint")} {...field("contact", `${id}-contact`)} />
      </fieldset>

      <fieldset className="flex flex-col gap-4 card">
        <legend className="px-1 text-lg font-semibold">{t("credential")}</legend>
        <Controller
          control={form.control}
          name="credentialIds"
          render={({ field: binding }) => (
            <CredentialPicker
              id={`${id}-credential`}
              inputRef={binding.ref}
              value={binding.value}
              onChange={binding.onChange}
              error={fieldError("credentialIds")}
              state={state}
              familyId={familyId}
            />
          )}
        />
        <SupervisorFields form={form} fieldError={fieldError} team={team} state={state} id={`${id}-supervisor`} />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("licenseNumber")} {...field("licenseNumber", `${id}-license`)} />
          <FormField
            label={t("licenseState")}
            hint={t("licenseStateHint")}
            maxLength={2}
            autoCapitalize="characters"
            {...field("licenseState", `${id}-state`)}
          />
        </div>
        <Controller
          control={form.control}
          name="trainedIn"
          render={({ field: binding }) => (
            <CheckboxGroup
              legend={t("trainedIn")}
              hint={t("trainedInHint")}
              options={treatmentModels.map((model) => ({
                value: model.id,
                label: model.label,
                detail: model.description,
              }))}
              selected={binding.value}
              onToggle={(value) => binding.onChange(toggle(binding.value, value))}
              firstRef={binding.ref}
              error={fieldError("trainedIn")}
            />
          )}
        />
      </fieldset>

      <fieldset className="flex flex-col gap-4 card">
        <legend className="px-1 text-lg font-semibold">{t("work")}</legend>
        <Controller
          control={form.control}
          name="childIds"
          render={({ field: binding }) => (
            <CheckboxGroup
              legend={t("children")}
              options={childOptions.map((child) => ({ value: child.id, label: child.name }))}
              selected={binding.value}
              onToggle={(value) => binding.onChange(toggle(binding.value, value))}
              firstRef={binding.ref}
              error={fieldError("childIds")}
            />
          )}
        />
        <ServiceFinder
          id={`${id}-service-finder`}
          selected={servicesDelivered}
          onAdd={(serviceId) =>
            form.setValue("servicesDelivered", [...new Set([...servicesDelivered, serviceId])], { shouldDirty: true })
          }
        />
        <Controller
          control={form.control}
          name="servicesDelivered"
          render={({ field: binding }) => (
            <CheckboxGroup
              legend={t("services")}
              hint={t("servicesHint")}
              options={services.map((service) => {
                const judgement = judge({ credentialIds, trainedIn }, service.id);
                // Work that counts only under a supervisor says so while nobody is recorded
                // (whether the supervisor qualifies, What's missing tells once saved).
                const warns =
                  judgement.kind === "mismatch" || (judgement.kind === "conditional" && supervisorMode === "none");
                return {
                  value: service.id,
                  label: service.label,
                  detail:
                    warns && servicesDelivered.includes(service.id)
                      ? mismatchReasonText(mismatchWords, judgement.reason, locale)
                      : undefined,
                  warn: warns,
                };
              })}
              selected={binding.value}
              onToggle={(value) => binding.onChange(toggle(binding.value, value))}
              firstRef={binding.ref}
              error={fieldError("servicesDelivered")}
            />
          )}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            type="date"
            label={t("startOn")}
            hint={t("startOnHint")}
            required
            {...field("startOn", `${id}-start`)}
          />
          <FormField type="date" label={t("endOn")} hint={t("endOnHint")} {...field("endOn", `${id}-end`)} />
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-4 card">
        <legend className="px-1 text-lg font-semibold">{t("questions")}</legend>
        <p className="text-sm text-stone-700">{t("questionsHint")}</p>
        {questions.map((question) => {
          const answerId = `${id}-q-${question.id}`;
          const answerError = fieldError(`answers.${question.id}.answer`);
          return (
            <div key={question.id} className="flex flex-col gap-2 border-t border-stone-200 pt-3">
              <label htmlFor={answerId} className="font-semibold">
                {question.text}
              </label>
              <p id={`${answerId}-why`} className="text-sm text-stone-600">
                {question.why}
              </p>
              <textarea
                id={answerId}
                className="input min-h-20"
                aria-describedby={answerError ? `${answerId}-why ${answerId}-error` : `${answerId}-why`}
                aria-invalid={answerError ? true : undefined}
                {...form.register(`answers.${question.id}.answer`)}
              />
              {answers[question.id]?.answer.trim() && (
                <FormField
                  type="date"
                  label={t("askedOn")}
                  {...field(`answers.${question.id}.askedOn`, `${answerId}-date`)}
                />
              )}
              {answerError && (
                <p id={`${answerId}-error`} className="text-sm font-medium text-red-800">
                  {answerError}
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
          className="input min-h-28"
          aria-invalid={notesError ? true : undefined}
          aria-describedby={notesError ? `${id}-notes-error` : undefined}
          {...form.register("notes")}
        />
        {notesError && (
          <p id={`${id}-notes-error`} className="text-sm font-medium text-red-800">
            {notesError}
          </p>
        )}
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-primary" disabled={done}>
          {done ? t("saving") : provider ? t("save") : t("add")}
        </button>
        <button type="button" className="btn-secondary" onClick={() => router.back()}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

type Option = { value: string; label: string; detail?: string; warn?: boolean };

/** Several choices under one legend; the first box takes the ref, so a wrong choice can be focused. */
function CheckboxGroup({
  legend,
  hint,
  options,
  selected,
  onToggle,
  firstRef,
  error,
}: {
  legend: string;
  hint?: string;
  options: Option[];
  selected: string[];
  onToggle: (value: string) => void;
  firstRef: Ref<HTMLInputElement>;
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
              ref={index === 0 ? firstRef : undefined}
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
