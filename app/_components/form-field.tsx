import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

type Labels = { id: string; label: string; error?: string; hint?: string };

/** The label, hint and error around one control; the control is handed the ids that describe it. */
function Field({
  id,
  label,
  error,
  hint,
  control,
}: Labels & { control: (describedBy: string | undefined) => ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-stone-800">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      {control(describedBy)}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled input whose error and hint are announced with it. */
export function FormField({ id, label, error, hint, ...input }: InputHTMLAttributes<HTMLInputElement> & Labels) {
  return (
    <Field
      id={id}
      label={label}
      error={error}
      hint={hint}
      control={(describedBy) => (
        <input
          id={id}
          className="input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...input}
        />
      )}
    />
  );
}

/** The same for text over several lines. */
export function TextAreaField({
  id,
  label,
  error,
  hint,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & Labels) {
  return (
    <Field
      id={id}
      label={label}
      error={error}
      hint={hint}
      control={(describedBy) => (
        <textarea
          id={id}
          className="input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...textarea}
        />
      )}
    />
  );
}
