"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { get, useForm, type DefaultValues, type FieldError, type FieldValues, type Path } from "react-hook-form";
import { ApiError } from "./api-client";
import { useSchemaResolver, type SchemaPick } from "./schema-resolver";
import { useErrorText } from "./use-error-text";

type Options<Values extends FieldValues, Input> = {
  defaultValues: DefaultValues<Values>;
  /** The shared schema the API checks the body with (see form-schemas.ts). */
  schema?: SchemaPick;
  /** Shapes what the person typed into the body the API takes. */
  toInput?: (values: Values) => Input;
  /** Puts the server's per-field messages on this form's fields, when its names are not the form's. */
  serverFields?: (fields: Record<string, string>) => Record<string, string>;
  /**
   * False where nothing on the server-rendered page changes, or the caller decides what comes
   * next (the app's setup still has recovery codes to show: a refresh would put them away).
   */
  refresh?: boolean;
};

/**
 * A form on react-hook-form that writes through the API: checked in the browser with the shared
 * schema, sent (apiFetch adds the Idempotency-Key a retry reuses), and what the server refuses
 * marked on the same fields, the first one focused; then the server-rendered page is refreshed
 * (unless `refresh: false`).
 */
export function useApiForm<Values extends FieldValues, Input = Values>(options: Options<Values, Input>) {
  const router = useRouter();
  const t = useTranslations();
  const errorText = useErrorText();
  const form = useForm<Values, unknown, Input>({
    defaultValues: options.defaultValues,
    resolver: useSchemaResolver(options.schema, options.toInput),
  });

  /** The words of an error the request ended with: the alert, and each field the server named. */
  function showFailure(error: unknown) {
    if (error instanceof ApiError) {
      const fields = options.serverFields ? options.serverFields(error.fields) : error.fields;
      Object.entries(fields).forEach(([name, message], index) =>
        form.setError(name as Path<Values>, { type: "server", message }, { shouldFocus: index === 0 }),
      );
    }
    form.setError("root", { type: "server", message: errorText(error) });
  }

  /** The form's onSubmit: `send` gets the checked body; `then` runs once it went through. */
  function submit(send: (input: Input) => Promise<unknown>, then?: () => void) {
    return form.handleSubmit(async (input) => {
      try {
        await send(input);
      } catch (error) {
        showFailure(error);
        return;
      }
      if (options.refresh !== false) router.refresh();
      then?.();
    });
  }

  /** The message under a field, worded: the schema's keys are translated, the server's are already words. */
  function fieldError(name: Path<Values>): string | undefined {
    const error = get(form.formState.errors, name) as FieldError | undefined;
    if (!error?.message) return undefined;
    if (error.type === "server") return error.message;
    return t.has(error.message as never) ? t(error.message as never) : t("validation.invalid");
  }

  /** What a FormField needs to be one of this form's fields: its id, its error, react-hook-form's binding. */
  function field(name: Path<Values>, id: string = name) {
    return { id, error: fieldError(name), ...form.register(name) };
  }

  const { errors, isSubmitting } = form.formState;
  return { form, submit, showFailure, field, fieldError, alert: errors.root?.message, busy: isSubmitting };
}
