import type { ComponentProps, ReactNode } from "react";

type Labels = { id: string; label: string; error?: string; hint?: string };
type Described = { "aria-invalid"?: true; "aria-describedby"?: string };

/**
 * The label, hint and error around one control; the control is handed the attributes that tie
 * them to it. Every field of a form goes through here, so each says the same things the same way.
 */
function Field({ id, label, error, hint, children }: Labels & { children: (described: Described) => ReactNode }) {
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
      {children({ "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled input whose error and hint are announced with it (react-hook-form's register spreads in). */
export function FormField({ id, label, error, hint, ...input }: ComponentProps<"input"> & Labels) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(described) => <input id={id} className="input" {...described} {...input} />}
    </Field>
  );
}

/** The same for text over several lines. */
export function TextAreaField({ id, label, error, hint, className, ...textarea }: ComponentProps<"textarea"> & Labels) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(described) => <textarea id={id} className={`input ${className ?? ""}`} {...described} {...textarea} />}
    </Field>
  );
}

/** The same for a choice from a list. */
export function SelectField({ id, label, error, hint, ...select }: ComponentProps<"select"> & Labels) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(described) => <select id={id} className="input" {...described} {...select} />}
    </Field>
  );
}

/**
 * A required password: `kind="new"` lets the browser's password manager offer a strong one,
 * `"current"` lets it fill in the saved one.
 */
export function PasswordField({
  kind,
  ...field
}: Omit<ComponentProps<"input">, "type" | "autoComplete"> & Labels & { kind: "new" | "current" }) {
  return <FormField type="password" autoComplete={`${kind}-password`} required {...field} />;
}
