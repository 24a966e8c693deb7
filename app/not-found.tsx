import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto max-w-md text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-stone-700">{t("body")}</p>
      <Link href="/" className="mt-6 btn-primary">
        {t("home")}
      </Link>
    </div>
  );
}
