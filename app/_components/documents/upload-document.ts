"use client";

import { ApiError } from "@/app/_components/api-client";
import { randomUuid } from "@/app/_components/random-uuid";
import type { DocumentDto } from "@/lib/documents/dto";

type UploadFields = {
  title: string;
  kind: string;
  documentDate?: string;
  childIds?: string[];
  providerId?: string;
};

/**
 * Sends one file as multipart/form-data. XMLHttpRequest rather than fetch: it reports how much of
 * the body has gone, so a parent on a slow connection sees the upload move. `key` is the change's
 * Idempotency-Key: the caller keeps it to retry this very upload, so it is stored once at most.
 */
export function uploadDocument(
  familyId: string,
  file: File,
  fields: UploadFields,
  key: string,
  onProgress: (sentFraction: number) => void,
): Promise<DocumentDto> {
  const form = new FormData();
  form.set("title", fields.title);
  form.set("kind", fields.kind);
  if (fields.documentDate) form.set("documentDate", fields.documentDate);
  for (const childId of fields.childIds ?? []) form.append("childIds", childId);
  if (fields.providerId) form.set("providerId", fields.providerId);
  form.set("file", file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/v1/families/${familyId}/documents`);
    request.setRequestHeader("Idempotency-Key", key);
    if (document.documentElement.lang) request.setRequestHeader("Accept-Language", document.documentElement.lang);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError(0, "network", "network"));
    request.onload = () => {
      let body: {
        document?: DocumentDto;
        error?: { code?: string; message?: string; fields?: Record<string, string> };
      };
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = {};
      }
      if (request.status === 201 && body.document) resolve(body.document);
      else
        reject(
          new ApiError(
            request.status,
            body.error?.code ?? (request.status >= 500 ? "internal" : "bad_request"),
            body.error?.message ?? request.statusText,
            body.error?.fields,
          ),
        );
    };
    request.send(form);
  });
}

export const newUploadKey = randomUuid;

/** A first title from a file's name ("discharge_plan-jan.pdf" → "discharge plan jan"), for the parent to improve. */
export function titleFromFileName(name: string): string {
  return Array.from(
    name
      .replace(/\.[A-Za-z0-9]{1,8}$/u, "")
      .replace(/[_-]+/gu, " ")
      .trim(),
  )
    .slice(0, 200)
    .join("");
}
