"use client";

import { useTranslations } from "next-intl";
import { lazyDialog } from "@/app/_components/lazy-dialog";
import type { TurnOffProps } from "./turn-off-dialog";

const TurnOffDialog = lazyDialog<TurnOffProps>(() => import("./turn-off-dialog"));

/** Turning a second step off asks for proof again: a code, or else the password. */
export function TurnOffButton({ method }: TurnOffProps) {
  const t = useTranslations("security");
  return <TurnOffDialog method={method} trigger={{ label: t("appTurnOff"), className: "btn-danger-outline" }} />;
}
