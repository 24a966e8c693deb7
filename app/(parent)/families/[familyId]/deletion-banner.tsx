import { getFormatter, getTranslations } from "next-intl/server";
import { RestoreButton } from "./restore-button";

/** On every page of a family scheduled for deletion: when it goes, and the way back. */
export async function DeletionBanner({ familyId, dueAt }: { familyId: string; dueAt: string }) {
  const t = await getTranslations("deletion");
  const format = await getFormatter();
  const date = format.dateTime(new Date(dueAt), { dateStyle: "long" });
  return (
    <section
      aria-label={t("pendingHeading")}
      className="no-print flex flex-col gap-3 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950"
      data-testid="deletion-banner"
    >
      <p>
        <strong className="block">{t("pendingHeading")}</strong>
        {t("banner", { date })}
      </p>
      <RestoreButton familyId={familyId} />
    </section>
  );
}
