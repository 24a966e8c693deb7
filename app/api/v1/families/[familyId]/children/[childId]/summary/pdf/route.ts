import { requireActor } from "@/lib/server/auth/current-user";
import { requestLocale } from "@/lib/core/i18n/request-locale";
import { defaultLocale } from "@/lib/core/i18n/translator";
import { htmlToPdf } from "@/lib/pdf/chromium";
import { readQuery } from "@/lib/server/http/query";
import { pdfDownload } from "@/lib/server/http/file-response";
import { route } from "@/lib/server/http/route";
import { careSummary } from "@/lib/records/care-summary";
import { summaryDocumentHtml } from "@/lib/records/summary-html";
import { summaryWordsIn } from "@/lib/records/summary-words";
import { summaryPdfQuerySchema } from "@/lib/schemas/records";

type Params = { familyId: string; childId: string };

/** The same summary as a one-page PDF, made by Chromium from the page's own markup and stylesheet. */
export const GET = route<Params>(async (request, { familyId, childId }) => {
  const actor = await requireActor();
  const { paper, locale } = readQuery(request, summaryPdfQuerySchema);
  const summary = await careSummary(actor, familyId, childId);
  const pdf = await htmlToPdf(
    summaryDocumentHtml(summary, summaryWordsIn(locale ?? requestLocale() ?? defaultLocale)),
    paper,
    actor.id,
  );
  return pdfDownload(pdf, `care-team-${summary.on}.pdf`);
});
