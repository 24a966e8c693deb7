import type { Role } from "@/lib/identity/actor";
import type { DocumentKind } from "@/lib/schemas/documents";

/** A document as the API and the pages see it; `size` and `sha256` describe the bytes served. */
export type DocumentDto = {
  id: string;
  title: string;
  kind: DocumentKind;
  contentType: string;
  fileName: string;
  size: number;
  sha256: string;
  documentDate: string | null;
  childIds: string[];
  providerId: string | null;
  requestId: string | null;
  uploadedBy: { id: string; name: string; role: Role } | null;
  uploadedAt: string;
  updatedAt: string;
};

/** What a message shows of a document it carries. */
export type AttachmentDto = Pick<DocumentDto, "id" | "title" | "kind" | "contentType" | "size">;

/** A document cited as evidence ("discharge plan, 3 Jan 2026, p. 2: family therapy recommended"). */
export type CitationDto = {
  id: string;
  documentId: string;
  document: Pick<DocumentDto, "id" | "title" | "kind" | "documentDate" | "contentType">;
  subjectType: string;
  subjectId: string;
  page: number | null;
  quote: string | null;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
};
