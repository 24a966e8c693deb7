"use client";

import { useTranslations } from "next-intl";
import { ApiError } from "./api-client";

/** Turns any thrown error into a sentence for the user, by error code. */
export function useErrorText() {
  const t = useTranslations("errors");
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.code === "network") return t("network");
      if (error.code === "rate_limited") return error.message;
      if (t.has(error.code as never)) return t(error.code as never);
    }
    return t("internal");
  };
}
