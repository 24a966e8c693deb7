import { daysBetween } from "@/lib/core/dates";
import { describeDuration } from "@/lib/domain/gaps/duration";
import { mismatchReasonText } from "@/lib/domain/gaps/mismatch-reason-text";
import { SUMMARY_CSS } from "@/lib/records/summary-css";
import { summarySheetHtml, type SummaryWords } from "@/lib/records/summary-html";
import type { MeetingPacket } from "./packet";
import { PACKET_CSS } from "./packet-css";

// The meeting packet as HTML text, like the summary: the same markup is the printable page and
// what Chromium turns into the PDF. Page 1 is the one-page summary itself; then the gaps with
// their durations and the chart of them over time; then the open requests with their history and
// the questions still unanswered. Each part starts a page; what would not fit is counted instead.

type PacketText = (key: string, values?: Record<string, string | number>) => string;
export type PacketWords = { t: PacketText; summary: SummaryWords };

const escape = (value: string | number) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Long free text cut at a word, so one request cannot push the packet past its pages. */
const clip = (text: string, max: number) => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20)).trimEnd()}…`;
};

export function packetHtml(packet: MeetingPacket, { t, summary: words }: PacketWords): string {
  const { locale, catalog } = words;
  const e = escape;
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const date = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));
  const service = (id: string) => catalog.serviceById(id)?.label ?? id;
  const { summary } = packet;

  const gapRows = summary.gaps
    .map((gap) => {
      const duration = describeDuration(gap.days, locale);
      const reason = gap.reason ? mismatchReasonText(words.mismatch, gap.reason, locale) : null;
      return (
        `<tr><th scope="row">${e(service(gap.serviceId))}${reason ? `<span class="mp-sub">${e(reason)}</span>` : ""}</th>` +
        `<td><span class="mp-status mp-${gap.status}">${e(t(`status.${gap.status}`))}</span></td>` +
        `<td>${e(date(gap.since))}</td><td title="${e(duration.exact)}">${e(gap.days === 0 ? "—" : duration.text)}</td></tr>`
      );
    })
    .join("");
  const gaps =
    summary.gaps.length === 0
      ? `<p class="mp-empty">${e(t("noGaps"))}</p>`
      : `<table class="mp-table"><thead><tr>${["service", "status", "since", "duration"].map((column) => `<th scope="col">${e(t(`columns.${column}`))}</th>`).join("")}</tr></thead><tbody>${gapRows}</tbody></table>`;

  const { from, to } = packet.chart;
  const span = Math.max(1, daysBetween(from, to) + 1);
  const percent = (days: number) => `${((100 * days) / span).toFixed(2)}%`;
  const chartRows = packet.chart.rows
    .map((row) => {
      const periods = row.intervals.map((interval) =>
        t("chartPeriod", { status: t(`status.${interval.status}`), from: date(interval.from) }),
      );
      const segments = row.intervals
        .map((interval) => {
          const start = daysBetween(from, interval.from < from ? from : interval.from);
          const end = daysBetween(from, interval.to ?? to) + 1;
          return `<span class="mp-seg mp-${interval.status}" style="left:${percent(start)};width:${percent(Math.max(1, end - start))}"></span>`;
        })
        .join("");
      const label = t("chartLabel", { service: service(row.serviceId), periods: periods.join("; ") });
      return `<li><span class="mp-chart-name">${e(service(row.serviceId))}</span><span class="mp-bar" role="img" aria-label="${e(label)}">${segments}</span></li>`;
    })
    .join("");
  const legend = ["covered", "missing", "mismatch", "unverified"]
    .map((status) => `<li><span class="mp-key mp-${status}"></span>${e(t(`status.${status}`))}</li>`)
    .join("");
  const chart =
    packet.chart.rows.length === 0
      ? ""
      : `<h2>${e(t("chartTitle"))}</h2><p class="mp-range">${e(t("chartRange", { from: date(from), to: date(to) }))}</p>` +
        `<ul class="mp-chart">${chartRows}</ul><ul class="mp-legend">${legend}</ul>`;

  const requests =
    packet.requests.length === 0
      ? `<p class="mp-empty">${e(t("noRequests"))}</p>`
      : `<ol class="mp-requests">${packet.requests
          .map((request) => {
            const to = request.to.organization ? `${request.to.name} (${request.to.organization})` : request.to.name;
            const due = request.overdue
              ? `<p class="mp-overdue">${e(t("overdue", { date: date(request.dueOn) }))}</p>`
              : `<p>${e(t("dueOn", { date: date(request.dueOn) }))}</p>`;
            const updates = request.updates
              .map(
                (update) =>
                  `<li><strong>${e(date(update.on))}</strong> ${e(clip(update.note, 150))}${update.status ? ` <em>(${e(t("setStatus", { status: t(`requestStatus.${update.status}`) }))})</em>` : ""}</li>`,
              )
              .join("");
            const earlier =
              request.earlierUpdates > 0
                ? `<p class="mp-sub">${e(t("earlierUpdates", { count: request.earlierUpdates }))}</p>`
                : "";
            return (
              `<li><h3>${e(t(`kind.${request.kind}`))}: ${e(clip(request.summary, 160))}</h3>` +
              `<p>${e(t("askedOf", { to, date: date(request.askedOn), channel: t(`channel.${request.channel}`) }))}</p>${due}` +
              (updates || earlier ? `${earlier}<ul class="mp-updates">${updates}</ul>` : "") +
              `</li>`
            );
          })
          .join("")}</ol>` +
        (packet.moreRequests > 0
          ? `<p class="mp-sub">${e(t("moreRequests", { count: packet.moreRequests }))}</p>`
          : "");

  const questions =
    summary.questions.length === 0
      ? `<p class="mp-empty">${e(t("noQuestions"))}</p>`
      : summary.questions
          .map(
            (entry) =>
              `<div class="mp-questions"><p><strong>${e(t("askProvider", { name: entry.providerName, title: entry.statedTitle }))}</strong></p>` +
              `<ul>${entry.questionIds.map((id) => `<li>${e(catalog.questionById(id)?.text ?? id)}</li>`).join("")}</ul></div>`,
          )
          .join("");

  const head = (h1: string) =>
    `<header class="mp-head"><h1>${e(h1)}</h1><p>${e(t("asOf", { date: date(packet.on) }))}</p></header>`;
  return (
    `<div class="mp-packet" lang="${e(locale)}">` +
    `<div class="mp-page">${summarySheetHtml(summary, words)}</div>` +
    `<section class="mp-page" aria-labelledby="mp-gaps">${head(t("title", { name: summary.child.name }))}` +
    `<h2 id="mp-gaps">${e(t("gapsTitle"))}</h2>${gaps}${chart}</section>` +
    `<section class="mp-page" aria-labelledby="mp-requests"><h2 id="mp-requests">${e(t("requestsTitle"))}</h2>${requests}` +
    `<h2>${e(t("questionsTitle"))}</h2>${questions}<p class="mp-foot">${e(t("footer", { date: date(packet.on) }))}</p></section>` +
    `</div>`
  );
}

/** The packet as a standalone document for Chromium: the summary's stylesheet and the packet's. */
export function packetDocumentHtml(packet: MeetingPacket, words: PacketWords): string {
  const title = words.t("title", { name: packet.summary.child.name });
  return `<!doctype html><html lang="${escape(words.summary.locale)}"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${SUMMARY_CSS}${PACKET_CSS} body{margin:0} .cs-sheet{border:0;padding:0;max-width:none}</style></head><body>${packetHtml(packet, words)}</body></html>`;
}
