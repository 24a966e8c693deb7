"use client";

import { useFormatter, useTranslations } from "next-intl";
import { FileIcon } from "@/app/_components/documents/file-icon";
import { fileSize } from "@/app/_components/documents/file-size";
import type { AttachmentDto } from "@/lib/documents/dto";

/** The documents a message carries, each a download (audited like any other). */
export function MessageAttachments({
  familyId,
  attachments,
  inverted,
}: {
  familyId: string;
  attachments: AttachmentDto[];
  inverted: boolean;
}) {
  const t = useTranslations("messages.attachments");
  const format = useFormatter();
  return (
    <ul className="mt-2 flex flex-col gap-1" aria-label={t("listLabel")}>
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <a
            href={`/api/v1/families/${familyId}/documents/${attachment.id}/file`}
            download
            aria-label={t("download", { title: attachment.title })}
            data-testid="message-attachment"
            className={`flex items-center gap-2 rounded-md border px-3 py-2 text-sm ${inverted ? "border-white/40 bg-white/10 text-white hover:bg-white/20" : "border-stone-300 bg-stone-50 text-stone-900 hover:border-brand-600"}`}
          >
            <FileIcon />
            <span className="min-w-0 flex-1 truncate font-medium">{attachment.title}</span>
            <span className={inverted ? "text-white/80" : "text-stone-600"}>{fileSize(format, attachment.size)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
