import { requireActor } from "@/lib/server/auth/current-user";
import { requestLocale } from "@/lib/core/i18n/request-locale";
import { defaultLocale } from "@/lib/core/i18n/translator";
import { htmlToPdf } from "@/lib/pdf/chromium";
import { meetingPacket } from "@/lib/packet/packet";
import { packetDocumentHtml } from "@/lib/packet/packet-html";
import { packetWordsIn } from "@/lib/packet/packet-words";
import { readQuery } from "@/lib/server/http/query";
import { pdfDownload } from "@/lib/server/http/file-response";
import { route } from "@/lib/server/http/route";
import { packetQuerySchema } from "@/lib/schemas/letters";

type Params = { familyId: string; childId: string };

/**
 * A child's meeting packet as a PDF of at most four pages: the one-page summary, the gaps over
 * time, the open requests with their history, the questions still unanswered; `on` sets the day.
 */
export const GET = route<Params>(async (request, { familyId, childId }) => {
  const actor = await requireActor();
  const { on, paper, locale } = readQuery(request, packetQuerySchema);
  const packet = await meetingPacket(actor, familyId, childId, on);
  const pdf = await htmlToPdf(
    packetDocumentHtml(packet, packetWordsIn(locale ?? requestLocale() ?? defaultLocale)),
    paper,
    actor.id,
  );
  return pdfDownload(pdf, `meeting-packet-${packet.on}.pdf`);
});
