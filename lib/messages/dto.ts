import type { ImportedFrom } from "@/lib/domain/record/imported";
import type { AttachmentDto } from "@/lib/documents/dto";
import type { Role } from "@/lib/identity/actor";

type MessageAuthor = { id: string; name: string; role: Role };

/** A message as the API and the pages see it. `position` orders the conversation. */
export type MessageDto = {
  id: string;
  clientMessageId: string;
  body: string;
  author: MessageAuthor;
  createdAt: string;
  position: number;
  /** Set when the message was loaded from an export (`author` is then who loaded it). */
  imported: ImportedFrom | null;
  /** The family's documents the message carries, in the order they were attached. */
  attachments: AttachmentDto[];
};

/** Where one participant has read up to (0: nothing yet). */
export type ReaderDto = { user: MessageAuthor; lastReadPosition: number };

export type MessagePage = { messages: MessageDto[]; nextCursor: string | null; readers: ReaderDto[] };

export type UnreadSummary = { total: number; families: { familyId: string; unread: number }[] };
