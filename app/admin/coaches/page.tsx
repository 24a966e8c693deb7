import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/app/_components/confirm-button";
import { PageIntro } from "@/app/_components/page-intro";
import { listCoaches } from "@/lib/admin/coaches";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { AccountHelp } from "../account-help";
import { CreateCoachForm } from "./create-coach-form";
import { Section } from "@/app/_components/section";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.coaches"))("title") };
}

/** Coach accounts: how many families each has, disable or enable, and create a new one. */
export default async function AdminCoachesPage() {
  const actor = await actorForPage(["admin"]);
  const coaches = await pageData(listCoaches(actor));
  const t = await getTranslations("admin.coaches");

  return (
    <ClientMessages namespaces={["admin.coaches", "common", "errors", "validation"]}>
      <div className="flex flex-col gap-6">
        <PageIntro title={t("title")} intro={t("intro")} />
        {coaches.length === 0 ? (
          <p className="card text-stone-700">{t("empty")}</p>
        ) : (
          <ul aria-label={t("listLabel")} className="flex flex-col gap-3">
            {coaches.map((coach) => (
              <li
                key={coach.id}
                className="flex flex-col gap-3 card sm:flex-row sm:items-center sm:justify-between"
                data-testid="admin-coach"
              >
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2 font-semibold">
                    <span>{coach.name}</span>
                    {coach.disabled && (
                      <span className="rounded bg-stone-200 px-2 py-0.5 text-xs font-semibold text-stone-800">
                        {t("disabled")}
                      </span>
                    )}
                  </p>
                  <p className="text-sm break-all text-stone-600">{coach.email}</p>
                  <p className="text-sm text-stone-700">{t("families", { count: coach.familyCount })}</p>
                </div>
                <div className="flex flex-col gap-3 sm:items-end">
                  <div className="flex flex-wrap gap-x-4 gap-y-2">
                    <AccountHelp user={coach} />
                  </div>
                  <div className="flex flex-wrap gap-3">
                    {coach.disabled ? (
                      <ConfirmButton
                        path={`/api/v1/admin/users/${coach.id}/enable`}
                        method="POST"
                        label={t("enable")}
                        accessibleName={t("enableLabel", { name: coach.name })}
                        confirmTitle={t("enableLabel", { name: coach.name })}
                        confirmBody={t("enableBody")}
                        confirmLabel={t("enable")}
                        workingLabel={t("working")}
                      />
                    ) : (
                      <ConfirmButton
                        path={`/api/v1/admin/users/${coach.id}/disable`}
                        method="POST"
                        label={t("disable")}
                        accessibleName={t("disableLabel", { name: coach.name })}
                        confirmTitle={t("disableTitle", { name: coach.name })}
                        confirmBody={t("disableBody")}
                        confirmLabel={t("disable")}
                        workingLabel={t("working")}
                        tone="danger"
                      />
                    )}
                    <ConfirmButton
                      path={`/api/v1/admin/users/${coach.id}`}
                      method="DELETE"
                      label={t("delete")}
                      accessibleName={t("deleteLabel", { name: coach.name })}
                      confirmTitle={t("deleteTitle", { name: coach.name })}
                      confirmBody={t("deleteBody")}
                      confirmLabel={t("delete")}
                      workingLabel={t("working")}
                      tone="danger"
                    />
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
        <Section id="create-coach-heading" title={t("createHeading")} className="flex flex-col gap-3 card">
          <p className="text-sm text-stone-700">{t("createIntro")}</p>
          <CreateCoachForm />
        </Section>
      </div>
    </ClientMessages>
  );
}
