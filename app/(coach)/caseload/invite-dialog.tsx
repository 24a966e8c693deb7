"use client";

import { useTranslations } from "next-intl";
import { lazyDialog } from "@/app/_components/lazy-dialog";
import type { InviteDialogProps } from "./invite-dialog-body";

// The dialog, its form and the form library load after the caseload, not with it.
const InviteDialogBody = lazyDialog<InviteDialogProps>(() => import("./invite-dialog-body"));

export function InviteDialog({ inviteDays }: InviteDialogProps) {
  const t = useTranslations("invite");
  return <InviteDialogBody inviteDays={inviteDays} trigger={{ label: t("inviteFamily"), className: "btn-primary" }} />;
}
