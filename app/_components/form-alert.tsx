/** A form-level message, announced when it appears. */
export function FormAlert({ message, tone = "error" }: { message?: string; tone?: "error" | "success" }) {
  if (!message) return null;
  const colors =
    tone === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-brand-100 bg-brand-50 text-brand-800";
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      data-testid="form-alert"
      className={`rounded-md border px-4 py-3 text-sm ${colors}`}
    >
      {message}
    </div>
  );
}
