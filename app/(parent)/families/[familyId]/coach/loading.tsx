import { getTranslations } from "next-intl/server";

/** Shown while the coach tools load after a tab change. */
export default async function CoachToolsLoading() {
  const t = await getTranslations("coachTools");
  return (
    <p role="status" className="card text-stone-700">
      {t("loading")}
    </p>
  );
}
