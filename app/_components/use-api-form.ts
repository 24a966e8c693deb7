"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import { ApiError } from "./api-client";
import { useErrorText } from "./use-error-text";
import { focusFirstInvalid, useValidate, type SchemaPick } from "./validate";

/**
 * The life of a small form that writes through the API: check with the shared schema, send, show
 * per-field messages from either side, then refresh the server-rendered page.
 */
export function useApiForm() {
  const router = useRouter();
  const errorText = useErrorText();
  const validate = useValidate();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function send<S extends z.ZodType>(
    form: HTMLFormElement | null,
    schema: SchemaPick<S>,
    input: unknown,
    request: (data: z.infer<S>) => Promise<unknown>,
  ): Promise<boolean> {
    const checked = await validate(schema, input);
    setFields(checked.fields);
    if (!checked.data) {
      focusFirstInvalid(form, checked.fields);
      return false;
    }
    setBusy(true);
    setAlert(undefined);
    try {
      await request(checked.data);
      router.refresh();
      return true;
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        setFields(error.fields);
        focusFirstInvalid(form, error.fields);
      }
      setAlert(errorText(error));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { fields, alert, busy, send };
}
