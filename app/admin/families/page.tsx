import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageIntro } from "@/app/_components/page-intro";
import { listCoaches } from "@/lib/admin/coaches";
import { listFamiliesForAdmin } from "@/lib/admin/families";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { MoveFamilyForm } from "./move-family-form";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.families"))("title") };
}

/**
 * Families by name with their coaches and how many parents and children each has, with a choice of
 * coach to move it to. Nothing of any family's care.
 */
export default async function AdminFamiliesPage() {
  const actor = await actorForPage(["admin"]);
  const [families, coaches] = await pageData(Promise.all([listFamiliesForAdmin(actor), listCoaches(actor)]));
  const t = await getTranslations("admin.families");
  const choices = coaches.filter((coach) => !coach.disabled).map(({ id, name }) => ({ id, name }));

  return (
    <ClientMessages namespaces={["admin.families", "errors", "validation"]}>
      <div className="flex flex-col gap-6">
        <PageIntro title={t("title")} intro={t("intro")} />
        {families.length === 0 ? (
          <p className="card text-stone-700">{t("empty")}</p>
        ) : (
          <ul aria-label={t("listLabel")} className="flex flex-col gap-3">
            {families.map((family) => (
              <li
                key={family.id}
                className="flex flex-col gap-3 card md:flex-row md:items-end md:justify-between"
                data-testid="admin-family"
              >
                <div>
                  <p className="flex flex-wrap items-center gap-2 font-semibold">
                    <span>{family.name}</span>
                    {family.archived && (
                      <span className="rounded bg-stone-200 px-2 py-0.5 text-xs font-semibold text-stone-800">
                        {t("archived")}
                      </span>
                    )}
                  </p>
                  <p className="text-sm text-stone-700">
                    {family.coaches.length > 0 ? family.coaches.map((coach) => coach.name).join(", ") : t("noCoach")}
                  </p>
                  <p className="text-sm text-stone-600">
                    {t("counts", { parents: family.parents, children: family.children })}
                  </p>
                </div>
                <MoveFamilyForm
                  familyId={family.id}
                  familyName={family.name}
                  currentCoachId={family.coaches[0]?.id ?? ""}
                  coaches={choices}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </ClientMessages>
  );
}
