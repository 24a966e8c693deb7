import { translatorFor } from "@/lib/core/i18n/translator";
import { summaryWordsIn } from "@/lib/records/summary-words";
import type { PacketWords } from "./packet-html";

/** The packet's words in a language, outside React (the PDF route and the printable page alike). */
export function packetWordsIn(locale: string): PacketWords {
  const t = translatorFor(locale);
  return {
    t: (key, values) => t(`meetingPacket.${key}` as never, values as never),
    summary: summaryWordsIn(locale),
  };
}
