"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState, type Ref } from "react";
import { Controller, useWatch } from "react-hook-form";
import { ApiError, apiFetch } from "@/app/_components/api-client";
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

/**
 * The form's short steps, each with the fields it holds: an error the browser or the server finds
 * opens the step of its first field, and that field gets the focus.
 */
const STEPS = [
  { key: "who", fields: ["name", "statedTitle", "agency", "contact"] },
  { key: "credential", fields: ["credentialIds", "licenseNumber", "licenseState", "trainedIn"] },
  { key: "work", fields: ["childIds", "servicesDelivered"] },
  {
    key: "when",
    fields: [
      "startOn",
      "endOn",
      "supervisorMode",
      "supervisorProviderId",
      "supervisorName",
      "supervisorCredentialId",
      "supervisor",
      "answers",
      "notes",
    ],
  },
] as const;

/** The first field with an error, in the order a person meets the fields, and the step that holds it. */
function firstError(names: string[]): { step: number; name: string } | undefined {
  for (const [step, { fields }] of STEPS.entries()) {
    const name = fields.find((field) => names.includes(field));
    if (name) return { step, name };
  }
  return undefined;
}

/**
 * Adds a provider, or edits one, in four short steps (who, credential, what they provide, dates
 * and supervision). The steps can be taken in any order, and the save button stays at the foot
 * of the screen on every one: on a phone the whole record no longer has to be scrolled through.
 */
export function ProviderForm(props: Props) {
  const { familyId, childOptions, provider, team, state } = props;
  const t = useTranslations("providerForm");
  const tMismatch = useTranslations("mismatch");
  const mismatchWords = stateAwareMismatch((key, values) => tMismatch(key as never, values as never));
  const locale = useLocale();
  const { questions, services, treatmentModels } = catalogIn(locale);
  const router = useRouter();
  const id = useId();
  const [step, setStep] = useState(0);
  const [focusRequest, setFocusRequest] = useState<{ name: string }>();
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

  // Focus once the step that holds the field is on screen (a hidden field cannot take it).
  useEffect(() => {
    if (focusRequest) form.setFocus(focusRequest.name as never);
  }, [focusRequest, form]);

  /** `names`: the fields with an error, as the browser's check or the server's answer names them. */
  function openFirstError(names: string[]) {
    const found = firstError(names);
    if (!found) return;
    setStep(found.step);
    setFocusRequest({ name: found.name });
  }

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
        openFirstError(error instanceof ApiError ? Object.keys(error.fields) : []);
      }
    },
    (errors) => {
      form.setError("root", { message: t("fixFields") });
      openFirstError(Object.keys(errors));
    },
  );
  const done = busy || form.formState.isSubmitSuccessful;
  const notesError = fieldError("notes");
  const last = STEPS.length - 1;
  const stepsWithErrors = new Set(
    STEPS.flatMap(({ fields }, index) => (fields.some((name) => name in form.formState.errors) ? [index] : [])),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <nav aria-label={t("stepsLabel")}>
        <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {STEPS.map(({ key }, index) => (
            <li key={key}>
              <button
                type="button"
                onClick={() => setStep(index)}
                aria-current={index === step ? "step" : undefined}
                className={`flex h-full w-full items-start gap-2 rounded-md border px-3 py-2 text-left text-sm ${
                  index === step
                    ? "border-brand-700 bg-brand-50 font-semibold text-brand-900"
                    : "border-stone-200 bg-white text-stone-800 hover:bg-stone-50"
                }`}
              >
                <span
                  aria-hidden="true"
                  className={`flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-bold ${
                    stepsWithErrors.has(index)
                      ? "bg-red-800 text-white"
                      : index === step
                        ? "bg-brand-700 text-white"
                        : "bg-stone-200 text-stone-800"
                  }`}
                >
                  {index + 1}
                </span>
                <span>
                  {t(`steps.${key}`)}
                  {stepsWithErrors.has(index) && <span className="sr-only"> ({t("stepHasErrors")})</span>}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <FormAlert message={alert} />

      <fieldset hidden={step !== 0} className="flex flex-col gap-4 card">
        <legend className="px-1 text-lg font-semibold">{t("steps.who")}</legend>
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

      <fieldset hidden={step !== 1} className="flex flex-col gap-4 card">
        <legend className="px-1 text-lg font-semibold">{t("steps.credential")}</legend>
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

      <fieldset hidden={step !== 2} className="flex flex-col gap-4 card">
        <legend className="px-1 text-lg font-semibold">{t("steps.work")}</legend>
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
      </fieldset>

      <fieldset hidden={step !== 3} className="flex flex-col gap-4 card">
        <legend className="px-1 text-lg font-semibold">{t("steps.when")}</legend>
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
        <SupervisorFields form={form} fieldError={fieldError} team={team} state={state} id={`${id}-supervisor`} />
        <details
          className="rounded-md border border-stone-200 p-3"
          open={Object.keys(provider?.answers ?? {}).length > 0}
        >
          <summary className="cursor-pointer font-semibold text-brand-800">{t("questions")}</summary>
          <p className="mt-2 text-sm text-stone-700">{t("questionsHint")}</p>
          {questions.map((question) => {
            const answerId = `${id}-q-${question.id}`;
            const answerError = fieldError(`answers.${question.id}.answer`);
            return (
              <div key={question.id} className="mt-3 flex flex-col gap-2 border-t border-stone-200 pt-3">
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
        </details>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-notes`} className="text-sm font-semibold">
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
        </div>
      </fieldset>

      <div
        data-testid="provider-form-footer"
        className="sticky bottom-0 z-10 -mx-4 flex items-center gap-2 border-t border-stone-200 bg-white px-4 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.05)] sm:mx-0 sm:gap-3 sm:rounded-lg sm:border"
      >
        <button type="submit" className="btn-primary" disabled={done}>
          {done ? t("saving") : provider ? t("save") : t("add")}
        </button>
        <span className="sr-only text-sm text-stone-600 sm:not-sr-only" aria-live="polite">
          {t("stepOf", { current: step + 1, total: STEPS.length })}
        </span>
        <span className="ml-auto flex shrink-0 gap-2">
          {step > 0 && (
            <button type="button" className="btn-secondary" onClick={() => setStep(step - 1)}>
              {t("back")}
            </button>
          )}
          {step < last ? (
            <button type="button" className="btn-secondary" onClick={() => setStep(step + 1)}>
              {t("next")}
            </button>
          ) : (
            <button type="button" className="btn-secondary" onClick={() => router.back()}>
              {t("cancel")}
            </button>
          )}
        </span>
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
