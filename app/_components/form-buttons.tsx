"use client";

import { useTranslations } from "next-intl";

export type SubmitLabels = {
  busy: boolean;
  submitLabel: string;
  /** Shown on the button while the form is being sent, so a second press is not tempting. */
  workingLabel: string;
};

export function SubmitButton({ busy, submitLabel, workingLabel, className }: SubmitLabels & { className: string }) {
  return (
    <button type="submit" className={className} disabled={busy}>
      {busy ? workingLabel : submitLabel}
    </button>
  );
}

/** The foot of a form that opens in place: send it, or put it away with Cancel. */
export function SubmitOrCancel({ onCancel, ...labels }: SubmitLabels & { onCancel: () => void }) {
  const t = useTranslations("common");
  return (
    <div className="flex flex-wrap gap-3">
      <SubmitButton className="btn-primary" {...labels} />
      <button type="button" className="btn-secondary" onClick={onCancel}>
        {t("cancel")}
      </button>
    </div>
  );
}
