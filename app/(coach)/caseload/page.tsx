import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { actorForPage, pageData } from "@/lib/auth/page-guard";
import { config } from "@/lib/config";
import { UnreadBadge } from "@/app/_components/unread-badge";
import { listCaseload } from "@/lib/families/queries";
import { InviteDialog } from "./invite-dialog";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("caseload"))("title") };
}

export default async function CaseloadPage() {
  const actor = await actorForPage(["coach"]);
  const t = await getTranslations("caseload");
  const families = await pageData(listCaseload(actor));

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-stone-700">{t("count", { count: families.length })}</p>
        </div>
        <InviteDialog inviteDays={Math.round(config.inviteLifetimeMs / 86_400_000)} />
      </div>
      {families.length === 0 ? (
        <div className="card text-center">
          <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
          <p className="mt-2 text-stone-700">{t("emptyBody")}</p>
        </div>
      ) : (
        <ul className="flex flex-col gap-3" aria-label={t("listLabel")}>
          {families.map((family) => (
            <li key={family.id}>
              <Link href={`/families/${family.id}`} className="card flex items-center justify-between gap-4 hover:border-brand-600">
                <span className="flex items-center font-semibold text-brand-800">
                  {family.name}
                  <UnreadBadge familyId={family.id} />
                </span>
                <span className="text-sm text-stone-600">{t("members", { count: family.parentCount })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
