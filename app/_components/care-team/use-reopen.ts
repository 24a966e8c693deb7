"use client";

import { useRouter } from "next/navigation";
import { apiFetch } from "@/app/_components/api-client";
import { useToast } from "@/app/_components/toast";
import { useErrorText } from "@/app/_components/use-error-text";

export type DateField = "resolvedOn" | "clearedOn";

/** Puts an ended need or marked service back to open, and says so; the Undo of a toast and the Reopen of a row. */
export function useReopen(path: string, field: DateField) {
  const router = useRouter();
  const toast = useToast();
  const errorText = useErrorText();
  return async (undone: string) => {
    try {
      await apiFetch(path, { method: "PATCH", body: { [field]: null } });
      router.refresh();
      toast({ message: undone });
    } catch (error) {
      toast({ message: errorText(error), tone: "error" });
    }
  };
}
