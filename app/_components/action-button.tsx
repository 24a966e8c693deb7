"use client";

import { useState } from "react";
import { FormAlert } from "./form-alert";
import { useErrorText } from "./use-error-text";

/**
 * A button that runs one request: while it runs the button says so and cannot be pressed again;
 * a failure is worded above it (a WordedError in its own words).
 */
export function ActionButton({
  onAction,
  label,
  workingLabel = label,
  className = "btn-secondary self-start",
}: {
  onAction: () => Promise<void>;
  label: string;
  workingLabel?: string;
  className?: string;
}) {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string>();

  async function run() {
    setBusy(true);
    setAlert(undefined);
    try {
      await onAction();
    } catch (error) {
      setAlert(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={alert} />
      <button type="button" className={className} onClick={run} disabled={busy}>
        {busy ? workingLabel : label}
      </button>
    </div>
  );
}
