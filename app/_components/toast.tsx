"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import type { ShownToast, ToastInput, ToastView } from "./toast-view";

export type { ToastInput } from "./toast-view";

const ShowToast = createContext<(toast: ToastInput) => void>(() => {});

/** Short feedback after a change (saved, removed, could not be saved), in a corner of the screen. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const [View, setView] = useState<typeof ToastView | null>(null);
  const nextId = useRef(0);
  const loading = useRef<Promise<void> | null>(null);
  // The view's code (Radix's toast) is not in every page's first load: it comes when the browser is
  // idle, so it is there before the first toast, even one saying the network has gone.
  const load = useCallback(() => {
    loading.current ??= import("./toast-view").then(
      (loaded) => setView(() => loaded.ToastView),
      () => {
        loading.current = null;
      },
    );
  }, []);
  useEffect(() => {
    if (typeof window.requestIdleCallback !== "function") {
      const timer = setTimeout(load, 1_000);
      return () => clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(load, { timeout: 3_000 });
    return () => window.cancelIdleCallback(idle);
  }, [load]);
  const show = useCallback(
    (toast: ToastInput) => {
      load();
      nextId.current += 1;
      const id = nextId.current;
      // At most three at once: the oldest goes first.
      setToasts((shown) => [...shown.slice(-2), { ...toast, id }]);
    },
    [load],
  );
  const dismiss = useCallback((id: number) => setToasts((shown) => shown.filter((toast) => toast.id !== id)), []);

  return (
    <ShowToast.Provider value={show}>
      {children}
      {View && <View toasts={toasts} dismiss={dismiss} />}
    </ShowToast.Provider>
  );
}

/** Shows a toast: `toast({ message })`, or with `tone: "error"`, or with an Undo `action`. */
export function useToast() {
  return useContext(ShowToast);
}
