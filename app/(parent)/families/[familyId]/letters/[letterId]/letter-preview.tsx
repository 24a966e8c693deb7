"use client";

import { useTranslations } from "next-intl";

/** The letter as it will read on paper, redrawn as the person types (plain text: no markup is made). */
export function LetterPreview({ subject, body }: { subject: string; body: string }) {
  const t = useTranslations("letters");
  const paragraphs = body.split(/\n{2,}/).filter((paragraph) => paragraph.trim() !== "");
  return (
    <section aria-labelledby="letter-preview-heading" className="flex flex-col gap-3">
      <h2 id="letter-preview-heading" className="text-lg font-semibold">
        {t("preview")}
      </h2>
      <div
        data-testid="letter-preview"
        className="flex flex-col gap-3 rounded-md border border-stone-300 bg-white p-6 font-serif leading-relaxed text-stone-900 shadow-sm"
      >
        <p className="font-bold break-words">{subject || t("noSubject")}</p>
        {paragraphs.map((paragraph, index) => (
          <p key={index} className="break-words whitespace-pre-line">
            {paragraph}
          </p>
        ))}
      </div>
    </section>
  );
}
