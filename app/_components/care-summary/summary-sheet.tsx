import type { LocalizedCatalog } from "@/lib/domain/catalog/localize";
import { MARKED } from "@/lib/domain/gaps";
import { mismatchReasonText } from "@/lib/i18n/mismatch-reason";
import type { CareSummary } from "@/lib/records/care-summary";

/** A translator for the `careSummary` messages (next-intl's, or use-intl's outside React). */
export type SummaryText = (key: string, values?: Record<string, string | number>) => string;

type Props = { summary: CareSummary; t: SummaryText; mismatch: Parameters<typeof mismatchReasonText>[0]; catalog: LocalizedCatalog; locale: string };

/**
 * The one-page care-team summary. No hooks and no client code: the page renders it, and the PDF
 * route renders the very same markup to a string for Chromium.
 */
export function SummarySheet({ summary, t, mismatch, catalog, locale }: Props) {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const date = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));
  const duration = (days: number) => (days >= 14 ? t("weeks", { count: Math.floor(days / 7) }) : t("days", { count: days }));
  const need = (id: string) => (id === MARKED ? t("markedDirectly") : (catalog.needById(id)?.label ?? id));
  const { child } = summary;
  return (
    <article className="cs-sheet" aria-labelledby="cs-title" lang={locale}>
      <header className="cs-head">
        <div>
          <h1 id="cs-title">{t("heading", { name: child.name })}</h1>
          <p>{child.birthYear ? t("familyAndBirth", { family: summary.familyName, year: child.birthYear }) : t("family", { family: summary.familyName })}</p>
        </div>
        <div className="cs-meta">
          <p>
            <strong>{t("preparedBy")}</strong>
          </p>
          <p>{t("asOf", { date: date(summary.on) })}</p>
        </div>
      </header>

      <section aria-labelledby="cs-needs">
        <h2 id="cs-needs">{t("needsTitle")}</h2>
        {summary.needs.length + summary.marks.length === 0 ? (
          <p className="cs-empty">{t("noNeeds")}</p>
        ) : (
          <ul className="cs-cols">
            {summary.needs.map((entry) => (
              <li key={`need-${entry.needId}-${entry.identifiedOn}`}>{t("needSince", { need: need(entry.needId), date: date(entry.identifiedOn) })}</li>
            ))}
            {summary.marks.map((mark) => (
              <li key={`mark-${mark.serviceId}-${mark.markedOn}`}>{t("markedSince", { service: catalog.serviceById(mark.serviceId)?.label ?? mark.serviceId, date: date(mark.markedOn), reason: mark.reason })}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="cs-team">
        <h2 id="cs-team">{t("teamTitle", { count: summary.providers.length })}</h2>
        {summary.providers.length === 0 ? (
          <p className="cs-empty">{t("noProviders")}</p>
        ) : (
          <table>
            <colgroup>
              <col style={{ width: "24%" }} />
              <col style={{ width: "20%" }} />
              <col style={{ width: "11%" }} />
              <col style={{ width: "17%" }} />
              <col style={{ width: "17%" }} />
              <col style={{ width: "11%" }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t("columns.provider")}</th>
                <th scope="col">{t("columns.credential")}</th>
                <th scope="col">{t("columns.licensed")}</th>
                <th scope="col">{t("columns.agency")}</th>
                <th scope="col">{t("columns.contact")}</th>
                <th scope="col">{t("columns.since")}</th>
              </tr>
            </thead>
            <tbody>
              {summary.providers.map((provider) => {
                const credential = catalog.credentialById(provider.credentialId);
                return (
                  <tr key={provider.id}>
                    <th scope="row" style={{ fontSize: "inherit", color: "inherit", borderBottom: "1px solid #e7e5e4" }}>
                      {provider.name}
                      <span className="cs-sub">{t("introducedAs", { title: provider.statedTitle })}</span>
                    </th>
                    <td>
                      {credential?.abbreviation ?? provider.credentialId}
                      <span className="cs-sub">{credential?.label}</span>
                    </td>
                    <td>
                      <span className={provider.licensed ? "cs-yes" : "cs-no"}>{provider.licensed ? t("licensedYes") : t("licensedNo")}</span>
                      {provider.licenseNumber && <span className="cs-sub">{t("licenseNumber", { number: provider.licenseNumber, state: provider.licenseState ?? "" })}</span>}
                    </td>
                    <td>{provider.agency ?? t("none")}</td>
                    <td>{provider.contact ?? t("none")}</td>
                    <td>{date(provider.startOn)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="cs-missing">
        <h2 id="cs-missing">{t("missingTitle")}</h2>
        {summary.gaps.length === 0 ? (
          <p className="cs-empty">{t("nothingMissing")}</p>
        ) : (
          <ul>
            {summary.gaps.map((gap) => (
              <li key={gap.serviceId}>
                <span className={`cs-status-${gap.status}`}>{t(`status.${gap.status}`)}</span> {catalog.serviceById(gap.serviceId)?.label ?? gap.serviceId}
                {": "}
                {t("since", { date: date(gap.since), duration: duration(gap.days) })}
                {gap.neededFor.length > 0 && <> {t("neededFor", { needs: gap.neededFor.map(need).join(", ") })}</>}
                {gap.reason && <span className="cs-sub">{mismatchReasonText(mismatch, gap.reason, locale)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="cs-questions">
        <h2 id="cs-questions">{t("questionsTitle")}</h2>
        {summary.questions.length === 0 ? (
          <p className="cs-empty">{t("noQuestions")}</p>
        ) : (
          <ul>
            {summary.questions.map((entry) => (
              <li key={entry.providerId}>
                <strong>{t("askProvider", { name: entry.providerName, title: entry.statedTitle })}</strong> {entry.questionIds.map((id) => catalog.questionById(id)?.text ?? id).join(" ")}
              </li>
            ))}
          </ul>
        )}
      </section>

      <footer className="cs-foot">
        <p>{t("footer", { date: date(summary.on) })}</p>
      </footer>
    </article>
  );
}
