import type { LocalizedCatalog } from "@/lib/domain/catalog/localize";
import { MARKED, SAFETY_SERVICE_ID } from "@/lib/domain/gaps";
import { neededForValues } from "@/lib/domain/catalog/sentence-words";
import { describeDuration } from "@/lib/domain/gaps/duration";
import { mismatchReasonText } from "@/lib/domain/gaps/mismatch-reason-text";
import type { CareSummary } from "./care-summary";
import { SUMMARY_CSS } from "./summary-css";

// The one-page care-team summary as HTML text. The page shows this very markup and the PDF route
// hands it to Chromium, so what is printed from the browser and what is downloaded are one page.
// (Next.js keeps react-dom/server out of route handlers, so the sheet is not a React component.)
// Every value is escaped; the words come from the message catalogs.

/** A translator for the `careSummary` messages. */
type SummaryText = (key: string, values?: Record<string, string | number>) => string;
export type SummaryWords = {
  t: SummaryText;
  mismatch: Parameters<typeof mismatchReasonText>[0];
  catalog: LocalizedCatalog;
  locale: string;
};

const escape = (value: string | number) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function summarySheetHtml(summary: CareSummary, { t, mismatch, catalog, locale }: SummaryWords): string {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const date = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));
  // The one clock: the same words as every page for the same gap on the same day.
  const duration = (days: number) => describeDuration(days, locale).text;
  const need = (id: string) => catalog.needById(id)?.label ?? id;
  const e = escape;
  const { child } = summary;
  const sub = (text: string | undefined | null) => (text ? `<span class="cs-sub">${e(text)}</span>` : "");
  const empty = (key: string) => `<p class="cs-empty">${e(t(key))}</p>`;

  const needs =
    summary.needs.length + summary.marks.length === 0
      ? empty("noNeeds")
      : `<ul class="cs-cols">${[
          ...summary.needs.map(
            (entry) => `<li>${e(t("needSince", { need: need(entry.needId), date: date(entry.identifiedOn) }))}</li>`,
          ),
          ...summary.marks.map(
            (mark) =>
              `<li>${e(t("markedSince", { service: catalog.serviceById(mark.serviceId)?.label ?? mark.serviceId, date: date(mark.markedOn), reason: mark.reason }))}</li>`,
          ),
        ].join("")}</ul>`;

  const columns = ["provider", "credential", "licensed", "agency", "contact", "since"];
  const widths = [25, 12, 14, 19, 19, 11];
  const team =
    summary.providers.length === 0
      ? empty("noProviders")
      : `<table><colgroup>${widths.map((width) => `<col style="width:${width}%">`).join("")}</colgroup>` +
        `<thead><tr>${columns.map((column) => `<th scope="col">${e(t(`columns.${column}`))}</th>`).join("")}</tr></thead><tbody>` +
        summary.providers
          .map((provider) => {
            const abbreviation = (id: string) => catalog.credentialById(id)?.abbreviation ?? id;
            const supervisor = provider.supervisor
              ? t("supervisedBy", {
                  name: provider.supervisor.name,
                  credential: abbreviation(provider.supervisor.credentialId),
                })
              : null;
            const licence = provider.licenseNumber
              ? t("licenseNumber", { number: provider.licenseNumber, state: provider.licenseState ?? "" }).trim()
              : null;
            return (
              `<tr><th scope="row" class="cs-rowhead">${e(provider.name)}${sub(t("introducedAs", { title: provider.statedTitle }))}</th>` +
              `<td>${e(provider.credentialIds.map(abbreviation).join(" + "))}${sub(supervisor)}</td>` +
              `<td><span class="${provider.licensed ? "cs-yes" : "cs-no"}">${e(provider.licensed ? t("licensedYes") : t("licensedNo"))}</span>${sub(licence)}</td>` +
              `<td>${e(provider.agency ?? t("none"))}</td><td>${e(provider.contact ?? t("none"))}</td><td>${e(date(provider.startOn))}</td></tr>`
            );
          })
          .join("") +
        `</tbody></table>`;

  const missing =
    summary.gaps.length === 0
      ? empty("nothingMissing")
      : `<ul class="cs-cols">${summary.gaps
          .map(
            (gap) =>
              `<li><span class="cs-status-${gap.status}">${e(t(`status.${gap.status}`))}</span> ${e(catalog.serviceById(gap.serviceId)?.label ?? gap.serviceId)}: ` +
              `<span title="${e(describeDuration(gap.days, locale).exact)}">${e(t("since", { date: date(gap.since), duration: gap.days === 0 ? t("today") : duration(gap.days) }))}</span>` +
              (gap.neededFor.length > 0
                ? ` ${e(t("neededFor", neededForValues(gap.neededFor, MARKED, need, locale)))}`
                : "") +
              sub(gap.reason ? mismatchReasonText(mismatch, gap.reason, locale) : null) +
              // Every gap listed here is open; beside safety planning the sheet names 988 (R10).
              sub(gap.serviceId === SAFETY_SERVICE_ID ? t("crisisLine") : null) +
              `</li>`,
          )
          .join("")}</ul>`;

  const questions =
    summary.questions.length === 0
      ? empty("noQuestions")
      : `<ul class="cs-cols">${summary.questions
          .map(
            (entry) =>
              `<li><strong>${e(t("askProvider", { name: entry.providerName, title: entry.statedTitle }))}</strong> ${e(entry.questionIds.map((id) => catalog.questionById(id)?.text ?? id).join(" "))}</li>`,
          )
          .join("")}</ul>`;

  const heading = child.birthYear
    ? t("familyAndBirth", { family: summary.familyName, year: child.birthYear })
    : t("family", { family: summary.familyName });
  return (
    `<article class="cs-sheet" aria-labelledby="cs-title" lang="${e(locale)}">` +
    `<header class="cs-head"><div><h1 id="cs-title">${e(t("heading", { name: child.name }))}</h1><p>${e(heading)}</p></div>` +
    `<div class="cs-meta"><p><strong>${e(t("preparedBy"))}</strong></p><p>${e(t("asOf", { date: date(summary.on) }))}</p></div></header>` +
    `<section aria-labelledby="cs-needs"><h2 id="cs-needs">${e(t("needsTitle"))}</h2>${needs}</section>` +
    `<section aria-labelledby="cs-team"><h2 id="cs-team">${e(t("teamTitle", { count: summary.providers.length }))}</h2>${team}</section>` +
    `<section aria-labelledby="cs-missing"><h2 id="cs-missing">${e(t("missingTitle"))}</h2>${missing}</section>` +
    `<section aria-labelledby="cs-questions"><h2 id="cs-questions">${e(t("questionsTitle"))}</h2>${questions}</section>` +
    `<footer class="cs-foot"><p>${e(t("footer", { date: date(summary.on) }))}</p></footer>` +
    `</article>`
  );
}

/** The sheet as a standalone document for Chromium: the same markup and stylesheet, nothing else. */
export function summaryDocumentHtml(summary: CareSummary, words: SummaryWords): string {
  const title = words.t("heading", { name: summary.child.name });
  return `<!doctype html><html lang="${escape(words.locale)}"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${SUMMARY_CSS} body{margin:0} .cs-sheet{border:0;padding:0;max-width:none}</style></head><body>${summarySheetHtml(summary, words)}</body></html>`;
}
