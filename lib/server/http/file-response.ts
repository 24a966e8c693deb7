import "server-only";

/**
 * What a served file may do once a browser has it: nothing. `sandbox` gives it a unique origin
 * with scripts, forms and plugins off, and nothing may be loaded but the picture itself, so even a
 * file that slipped past every check cannot act as a page of Clarity.
 */
export const FILE_CONTENT_SECURITY_POLICY =
  "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** RFC 6266: an ASCII name every browser reads, and the real one (RFC 5987) for those that can. */
export function contentDisposition(disposition: "attachment" | "inline", fileName: string): string {
  const ascii =
    fileName
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]|["\\%;]/gu, "")
      .trim() || "document";
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Headers for a file Clarity made for the caller (a PDF, an export): kept, never cached, never
 * sniffed. `fileName` is Clarity's own ASCII name (a kind and a date), so it needs no encoding.
 */
export function madeFileHeaders(type: string, fileName: string): Record<string, string> {
  return {
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}

/** A PDF Clarity made (a summary, a letter, a meeting packet), as a download. */
export function pdfDownload(pdf: Uint8Array, fileName: string): Response {
  return new Response(Buffer.from(pdf), { headers: madeFileHeaders("application/pdf", fileName) });
}

/** A web stream that pulls one piece from `bytes` each time the client is ready for more. */
export function streamOf(bytes: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = bytes[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
