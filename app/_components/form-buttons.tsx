"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";

type SubmitLabels = {
  busy: boolean;
  submitLabel: string;
  /** Shown on the button while the form is being sent, so a second press is not tempting. */
  workingLabel: string;
};

function SubmitButton({ busy, submitLabel, workingLabel, className }: SubmitLabels & { className: string }) {
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

/** The foot of a form in a dialog: Cancel closes the dialog; the submit button may say it is serious. */
export function DialogSubmitOrCancel({ tone = "primary", ...labels }: SubmitLabels & { tone?: "primary" | "danger" }) {
  const t = useTranslations("common");
  const className = tone === "danger" ? "btn bg-red-800 text-white hover:bg-red-900" : "btn-primary";
  return (
    <div className="flex flex-wrap justify-end gap-3">
      <Dialog.Close className="btn-secondary" type="button">
        {t("cancel")}
      </Dialog.Close>
      <SubmitButton className={className} {...labels} />
    </div>
  );
}
