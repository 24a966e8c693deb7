import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/app/_components/confirm-button";
import { PageIntro } from "@/app/_components/page-intro";
import { listParents } from "@/lib/admin/parents";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { AccountHelp } from "../account-help";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.parents"))("title") };
}

/** Parent accounts, to delete one on request. Names and emails only, never a family's data. */
export default async function AdminParentsPage() {
  const actor = await actorForPage(["admin"]);
  const parents = await pageData(listParents(actor));
  const t = await getTranslations("admin.parents");

  return (
    <ClientMessages namespaces={["common", "errors"]}>
      <div className="flex flex-col gap-6">
        <PageIntro title={t("title")} intro={t("intro")} />
        {parents.length === 0 ? (
          <p className="card text-stone-700">{t("empty")}</p>
        ) : (
          <ul aria-label={t("listLabel")} className="flex flex-col gap-3">
            {parents.map((parent) => (
              <li
                key={parent.id}
                className="flex flex-col gap-3 card sm:flex-row sm:items-center sm:justify-between"
                data-testid="admin-parent"
              >
                <div className="min-w-0">
                  <p className="font-semibold">{parent.name}</p>
                  <p className="text-sm break-all text-stone-600">{parent.email}</p>
                  <p className="text-sm text-stone-700">{t("families", { count: parent.familyCount })}</p>
                </div>
                <div className="flex flex-wrap items-center gap-x-4 gap-y-3">
                  <AccountHelp user={parent} />
                  <ConfirmButton
                    path={`/api/v1/admin/users/${parent.id}`}
                    method="DELETE"
                    label={t("delete")}
                    accessibleName={t("deleteLabel", { name: parent.name })}
                    confirmTitle={t("deleteTitle", { name: parent.name })}
                    confirmBody={t("deleteBody")}
                    confirmLabel={t("delete")}
                    workingLabel={t("working")}
                    tone="danger"
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </ClientMessages>
  );
}
