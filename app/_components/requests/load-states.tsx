"use client";

import type { ReactNode } from "react";
import { ApiError } from "@/app/_components/api-client";
import { FormAlert } from "@/app/_components/form-alert";
import { useErrorText } from "@/app/_components/use-error-text";

/** While a request or a letter loads: the way back, and a status a screen reader announces. */
export function Loading({ back, label }: { back: ReactNode; label: string }) {
  return (
    <div className="flex flex-col gap-4">
      {back}
      <p role="status">{label}</p>
    </div>
  );
}

/**
 * A request or a letter that did not load: "not found" for a 404 (deleted, or never this family's),
 * otherwise the error in words and a button to try again.
 */
export function LoadFailed({
  back,
  error,
  title,
  words,
  onRetry,
}: {
  back: ReactNode;
  error: unknown;
  title: string;
  words: { notFoundTitle: string; notFoundBody: string; tryAgain: string };
  onRetry: () => void;
}) {
  const errorText = useErrorText();
  return (
    <div className="flex flex-col items-start gap-4">
      {back}
      {error instanceof ApiError && error.status === 404 ? (
        <>
          <h1 className="text-2xl font-bold">{words.notFoundTitle}</h1>
          <p className="text-stone-700">{words.notFoundBody}</p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">{title}</h1>
          <FormAlert message={errorText(error)} />
          <button type="button" className="btn-secondary" onClick={onRetry}>
            {words.tryAgain}
          </button>
        </>
      )}
    </div>
  );
}
