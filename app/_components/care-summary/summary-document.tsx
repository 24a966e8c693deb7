import { renderToStaticMarkup } from "react-dom/server";
import { catalogIn } from "@/lib/domain/catalog/localize";
import { translatorFor } from "@/lib/i18n/translator";
import type { CareSummary } from "@/lib/records/care-summary";
import { SUMMARY_CSS } from "./summary-css";
import { SummarySheet } from "./summary-sheet";

/** The summary as a standalone HTML document (for Chromium's PDF): the page's sheet and stylesheet, nothing else. */
export function summaryDocument(summary: CareSummary, locale: string): string {
  const t = translatorFor(locale);
  const text = (key: string, values?: Record<string, string | number>) => t(`careSummary.${key}` as never, values as never);
  const mismatch = (key: "notQualified" | "noModelTraining", values: Record<string, string>) => t(`mismatch.${key}`, values);
  const body = renderToStaticMarkup(<SummarySheet summary={summary} t={text} mismatch={mismatch} catalog={catalogIn(locale)} locale={locale} />);
  const title = text("heading", { name: summary.child.name });
  const escape = (value: string) => value.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="${escape(locale)}"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${SUMMARY_CSS} body{margin:0} .cs-sheet{border:0;padding:0;max-width:none}</style></head><body>${body}</body></html>`;
}
