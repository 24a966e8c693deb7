"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { PDFDocumentProxy } from "pdfjs-dist";

/**
 * A PDF drawn page by page into a canvas with PDF.js, loaded only when a preview opens. The
 * browser's own viewer would need the file shown inline in a frame, which the file's sandbox
 * (Content-Security-Policy: sandbox) rightly stops in Chromium; PDF.js reads the bytes as data,
 * runs none of the file's scripts, and draws nothing but the page.
 */
export function PdfPages({ url, label }: { url: string; label: string }) {
  const t = useTranslations("documents.preview");
  const canvas = useRef<HTMLCanvasElement>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  const [failed, setFailed] = useState(false);
  // Drawing takes a moment after the page is shown: the box says when its page is finished.
  const [drawnPage, setDrawnPage] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    let loaded: PDFDocumentProxy | null = null;
    (async () => {
      try {
        const pdfjs = await import("pdfjs-dist");
        if (!pdfjs.GlobalWorkerOptions.workerPort)
          pdfjs.GlobalWorkerOptions.workerPort = new Worker(
            new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url),
            { type: "module" },
          );
        const response = await fetch(url, { credentials: "same-origin" });
        if (!response.ok) throw new Error(String(response.status));
        const data = new Uint8Array(await response.arrayBuffer());
        loaded = await pdfjs.getDocument({ data, isEvalSupported: false, enableXfa: false }).promise;
        if (cancelled) await loaded.destroy();
        else setPdf(loaded);
      } catch {
        if (!cancelled) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
      void loaded?.destroy();
    };
  }, [url]);

  useEffect(() => {
    if (!pdf || !canvas.current) return;
    let task: { cancel: () => void; promise: Promise<void> } | null = null;
    (async () => {
      const current = await pdf.getPage(page);
      const element = canvas.current;
      if (!element) return;
      const width = element.parentElement?.clientWidth ?? 600;
      const unscaled = current.getViewport({ scale: 1 });
      const viewport = current.getViewport({ scale: (width / unscaled.width) * (window.devicePixelRatio || 1) });
      element.width = viewport.width;
      element.height = viewport.height;
      task = current.render({ canvas: element, viewport });
      const finished = await task.promise.then(
        () => true,
        () => false,
      );
      if (finished) setDrawnPage(page);
    })().catch(() => setFailed(true));
    return () => task?.cancel();
  }, [pdf, page]);

  if (failed) return <p className="text-stone-700">{t("failed")}</p>;
  if (!pdf) return <p className="text-stone-700">{t("loading")}</p>;
  return (
    <div className="flex flex-col gap-3">
      <div
        className="relative overflow-auto rounded-md border border-stone-200 bg-stone-100"
        aria-busy={drawnPage !== page}
        data-drawn-page={drawnPage ?? undefined}
      >
        <canvas ref={canvas} className="block h-auto w-full bg-white" role="img" aria-label={label} />
      </div>
      {pdf.numPages > 1 && (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <button type="button" className="btn-secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t("previous")}
          </button>
          <p className="text-sm text-stone-700" aria-live="polite">
            {t("page", { page, pages: pdf.numPages })}
          </p>
          <button
            type="button"
            className="btn-secondary"
            disabled={page >= pdf.numPages}
            onClick={() => setPage(page + 1)}
          >
            {t("next")}
          </button>
        </div>
      )}
    </div>
  );
}
