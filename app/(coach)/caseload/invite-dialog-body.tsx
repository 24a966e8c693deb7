"use client";

import { useTranslations } from "next-intl";
import { DialogClose, DialogPanel } from "@/app/_components/dialog-panel";
import { InviteCreator } from "@/app/_components/invites/invite-creator";
import type { DialogBodyProps } from "@/app/_components/lazy-dialog";

export type InviteDialogProps = { inviteDays: number };

/** Inviting a family from the caseload: the invite form, and a way back to the list. */
export default function InviteDialogBody({ inviteDays, ...dialog }: InviteDialogProps & DialogBodyProps) {
  const t = useTranslations("invite");
  return (
    <DialogPanel dialog={dialog} title={t("inviteFamily")} description={t("inviteFamilyBody", { days: inviteDays })}>
      <div className="mt-4">
        <InviteCreator askFamilyName />
      </div>
      <DialogClose className="mt-6 btn-secondary">{t("close")}</DialogClose>
    </DialogPanel>
  );
}
