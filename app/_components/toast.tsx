"use client";

import { useTranslations } from "next-intl";
import { Toast } from "radix-ui";
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";

/** A second chance offered inside the toast (Undo): `altText` says how to do it without the toast. */
type ToastAction = { label: string; altText: string; run: () => void };

export type ToastInput = { message: string; tone?: "success" | "error"; action?: ToastAction };

type ShownToast = ToastInput & { id: number };

const ShowToast = createContext<(toast: ToastInput) => void>(() => {});

/**
 * Short feedback after a change (saved, removed, could not be saved), in a corner of the screen.
 * Radix's toast keeps the live region: a success is announced politely, an error at once; the
 * toast waits while the pointer or the keyboard is on it, and F8 moves focus to it.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useTranslations("toast");
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const nextId = useRef(0);
  const show = useCallback((toast: ToastInput) => {
    nextId.current += 1;
    const id = nextId.current;
    // At most three at once: the oldest goes first.
    setToasts((shown) => [...shown.slice(-2), { ...toast, id }]);
  }, []);
  const dismiss = (id: number) => setToasts((shown) => shown.filter((toast) => toast.id !== id));

  return (
    <Toast.Provider label={t("label")} duration={7000} swipeDirection="right">
      <ShowToast.Provider value={show}>{children}</ShowToast.Provider>
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

/** Shows a toast: `toast({ message })`, or with `tone: "error"`, or with an Undo `action`. */
export function useToast() {
  return useContext(ShowToast);
}
