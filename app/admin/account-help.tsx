import { getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/app/_components/confirm-button";

/**
 * What an admin can do for someone locked out: email them a password link (an admin never sets
 * or learns a password), or reset their two-step sign-in after checking it's really them.
 */
export async function AccountHelp({ user }: { user: { id: string; name: string } }) {
  const t = await getTranslations("admin.accountHelp");
  return (
    <>
      <ConfirmButton
        path={`/api/v1/admin/users/${user.id}/password-reset`}
        method="POST"
        label={t("sendReset")}
        accessibleName={t("sendResetLabel", { name: user.name })}
        confirmTitle={t("sendResetTitle", { name: user.name })}
        confirmBody={t("sendResetBody")}
        confirmLabel={t("sendReset")}
        workingLabel={t("sendReset")}
        doneMessage={t("sendResetDone", { name: user.name })}
        compact
      />
      <ConfirmButton
        path={`/api/v1/admin/users/${user.id}/mfa`}
        method="DELETE"
        label={t("resetMfa")}
        accessibleName={t("resetMfaLabel", { name: user.name })}
        confirmTitle={t("resetMfaTitle", { name: user.name })}
        confirmBody={t("resetMfaBody")}
        confirmLabel={t("resetMfa")}
        workingLabel={t("resetMfa")}
        tone="danger"
        compact
      />
    </>
  );
}
