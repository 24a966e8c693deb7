"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { Dialog } from "radix-ui";
import { DialogPanel } from "@/app/_components/dialog-panel";

// The form (and the form library) loads when the dialog opens, not with the caseload.
const InviteCreator = dynamic(() =>
  import("@/app/_components/invites/invite-creator").then((module) => module.InviteCreator),
);

export function InviteDialog({ inviteDays }: { inviteDays: number }) {
  const t = useTranslations("invite");
  return (
    <Dialog.Root>
      <Dialog.Trigger className="btn-primary">{t("inviteFamily")}</Dialog.Trigger>
      <DialogPanel title={t("inviteFamily")} description={t("inviteFamilyBody", { days: inviteDays })}>
        <div className="mt-4">
          <InviteCreator askFamilyName />
        </div>
        <Dialog.Close className="mt-6 btn-secondary">{t("close")}</Dialog.Close>
      </DialogPanel>
    </Dialog.Root>
  );
}
