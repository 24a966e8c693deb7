import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actorForPage, pageData } from "@/lib/server/auth/page-guard";
import { listFamiliesFor } from "@/lib/families/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("family"))("homeTitle") };
}

/** A parent's home: their family (almost always exactly one). */
export default async function FamilyHomePage() {
  const actor = await actorForPage(["parent"]);
  const families = await pageData(listFamiliesFor(actor));
  if (families.length === 1) redirect(`/families/${families[0]!.id}`);
  const t = await getTranslations("family");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("homeTitle")}</h1>
      {families.length === 0 ? (
        <div className="card">
          <p>{t("noFamily")}</p>
        </div>
      ) : (
        <ul className="flex flex-col gap-3">
          {families.map((family) => (
            <li key={family.id}>
              <Link
                href={`/families/${family.id}`}
                className="block card font-semibold text-brand-800 hover:border-brand-600"
              >
                {family.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
