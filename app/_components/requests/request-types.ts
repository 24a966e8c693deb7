// The requests and letters API's answers as the pages read them from the browser (issue 19).
import type { RequestDto, RequestUpdateDto } from "@/lib/requests/dto";
import type { LetterDto } from "@/lib/schemas/letters";

export { REQUEST_CHANNELS, REQUEST_KINDS, REQUEST_STATUSES } from "@/lib/domain/requests/kinds";
export type { RequestChannel, RequestKind, RequestStatus } from "@/lib/domain/requests/kinds";
export type { DueRule } from "@/lib/domain/requests/deadlines";
export { LETTER_TEMPLATES, type LetterTemplate } from "@/lib/domain/letters/types";

/** A request as the list answers it; the single read adds its updates, oldest first. */
export type FamilyRequest = RequestDto & { updates?: RequestUpdateDto[] };
export type Letter = LetterDto;

/** Where the family's requests and letters live in the API. */
export const requestsPath = (familyId: string) => `/api/v1/families/${familyId}/requests`;
export const lettersPath = (familyId: string) => `/api/v1/families/${familyId}/letters`;
