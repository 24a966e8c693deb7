import type { letters } from "@/db/schema";
import type { LetterLocale, LetterTemplate } from "@/lib/domain/letters";
import type { LetterDto } from "@/lib/schemas/letters";

export function letterDto(row: typeof letters.$inferSelect): LetterDto {
  return {
    id: row.id,
    childId: row.childId,
    template: row.template as LetterTemplate,
    locale: row.locale as LetterLocale,
    subject: row.subject,
    body: row.body,
    serviceIds: [...row.serviceIds],
    providerId: row.providerId,
    requestId: row.requestId,
    recipient: { name: row.recipientName, organization: row.recipientOrganization },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
