import { getTranslations } from "next-intl/server";

export default async function Loading() {
  const t = await getTranslations("app");
  return (
    <div role="status" className="flex items-center gap-3 py-10 text-stone-600">
      <span aria-hidden="true" className="size-5 animate-spin rounded-full border-2 border-stone-300 border-t-brand-700" />
      <span>{t("loading")}</span>
    </div>
  );
}
