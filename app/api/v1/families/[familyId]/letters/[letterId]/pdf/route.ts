import { requireActor } from "@/lib/server/auth/current-user";
import { letterPdf } from "@/lib/letters/letter-pdf";
import { readQuery } from "@/lib/server/http/query";
import { pdfDownload } from "@/lib/server/http/file-response";
import { route } from "@/lib/server/http/route";
import { letterPdfQuerySchema } from "@/lib/schemas/letters";

type Params = { familyId: string; letterId: string };

/** The letter as the family left it, on one page, by the same Chromium path as the summary. */
export const GET = route<Params>(async (request, { familyId, letterId }) => {
  const actor = await requireActor();
  const { paper } = readQuery(request, letterPdfQuerySchema);
  const { letter, pdf } = await letterPdf(actor, familyId, letterId, paper);
  return pdfDownload(pdf, `letter-${letter.template}-${letter.createdAt.slice(0, 10)}.pdf`);
});
