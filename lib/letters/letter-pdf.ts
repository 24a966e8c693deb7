import "server-only";
import type { Actor } from "@/lib/identity/actor";
import { htmlToPdf, type Paper } from "@/lib/pdf/chromium";
import type { LetterDto } from "@/lib/schemas/letters";
import { getLetter } from "./letters";
import { firstFontSize, LETTER_FONT_SIZES, letterDocumentHtml } from "./letter-html";
import { pdfPageCount } from "./pdf-pages";

/**
 * A letter as a one-page PDF through the same Chromium path as the care-team summary. The family
 * may have lengthened it: the type steps down from a size estimated from the text until Chromium
 * prints one page (the body's length limit keeps the smallest size enough).
 */
export async function letterPdf(
  actor: Actor,
  familyId: string,
  letterId: string,
  paper: Paper,
): Promise<{ letter: LetterDto; pdf: Uint8Array }> {
  const letter = await getLetter(actor, familyId, letterId);
  const sizes = LETTER_FONT_SIZES.filter((size) => size <= firstFontSize(letter.body));
  let pdf: Uint8Array | null = null;
  for (const size of sizes) {
    pdf = await htmlToPdf(letterDocumentHtml(letter, size), paper, actor.id);
    if (pdfPageCount(pdf) === 1) break;
  }
  return { letter, pdf: pdf! };
}
