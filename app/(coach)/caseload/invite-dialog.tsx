"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { Dialog } from "radix-ui";

// The form (and the form library) loads when the dialog opens, not with the caseload.
const InviteCreator = dynamic(() =>
  import("@/app/_components/invites/invite-creator").then((module) => module.InviteCreator),
);

export function InviteDialog({ inviteDays }: { inviteDays: number }) {
  const t = useTranslations("invite");
  return (
    <Dialog.Root>
      <Dialog.Trigger className="btn-primary">{t("inviteFamily")}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-stone-900/40" />
        <Dialog.Content className="fixed inset-x-4 top-[10vh] z-50 mx-auto max-w-lg rounded-lg bg-white p-6 shadow-xl focus:outline-none">
          <Dialog.Title className="text-xl font-bold">{t("inviteFamily")}</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-stone-700">
            {t("inviteFamilyBody", { days: inviteDays })}
          </Dialog.Description>
          <div className="mt-4">
            <InviteCreator askFamilyName />
          </div>
          <Dialog.Close className="mt-6 btn-secondary">{t("close")}</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
