"use client";

import { Toast } from "radix-ui";
import { useTranslations } from "next-intl";

/** A second chance offered inside the toast (Undo): `altText` says how to do it without the toast. */
type ToastAction = { label: string; altText: string; run: () => void };

export type ToastInput = { message: string; tone?: "success" | "error"; action?: ToastAction };

export type ShownToast = ToastInput & { id: number };

/**
 * The toasts on screen, in a corner. Radix's toast keeps the live region: a success is announced
 * politely, an error at once; the toast waits while the pointer or the keyboard is on it, and F8
 * moves focus to it. Loaded apart from the page (see ToastProvider).
 */
export function ToastView({ toasts, dismiss }: { toasts: ShownToast[]; dismiss: (id: number) => void }) {
  const t = useTranslations("toast");
  return (
    <Toast.Provider label={t("label")} duration={7000} swipeDirection="right">
      {toasts.map(({ id, message, tone = "success", action }) => (
        <Toast.Root
          key={id}
          type={tone === "error" ? "foreground" : "background"}
          // An Undo needs time to be read and reached.
          duration={action ? 12000 : undefined}
          onOpenChange={(open) => !open && dismiss(id)}
          data-testid="toast"
          data-tone={tone}
          className={`flex items-start gap-3 rounded-lg border px-4 py-3 shadow-lg ${
            tone === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-stone-200 bg-white text-stone-900"
          }`}
        >
          <Toast.Description className="grow text-sm font-medium">{message}</Toast.Description>
          {action && (
            <Toast.Action altText={action.altText} asChild>
              <button type="button" className="btn-secondary shrink-0 px-3 py-1 text-sm" onClick={action.run}>
                {action.label}
              </button>
            </Toast.Action>
          )}
          <Toast.Close
            aria-label={t("dismiss")}
            className="shrink-0 rounded px-1 text-lg leading-none text-stone-600 hover:text-stone-900"
          >
            <span aria-hidden="true">×</span>
          </Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className="fixed inset-x-0 bottom-0 z-[60] mx-auto flex w-full max-w-md flex-col gap-2 p-4 outline-none sm:right-0 sm:left-auto sm:mx-0" />
    </Toast.Provider>
  );
}
