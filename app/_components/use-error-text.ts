"use client";

import { useTranslations } from "next-intl";
import { ApiError } from "./api-client";

/**
 * A failure whose message is already the sentence to show the person (a prompt the browser
 * cancelled, a device without passkeys); thrown from a form's or a button's action.
 */
export class WordedError extends Error {}

/** Turns any thrown error into a sentence for the user, by error code. */
export function useErrorText() {
  const t = useTranslations("errors");
  return (error: unknown): string => {
    if (error instanceof WordedError) return error.message;
    if (error instanceof ApiError) {
      if (error.code === "network") return t("network");
      if (error.code === "rate_limited") return error.message;
      if (t.has(error.code as never)) return t(error.code as never);
    }
    return t("internal");
  };
}
