// The shapes of the requests and letters API as issue 19 fixes them (GET …/requests, …/letters).
// The pages read the JSON API from the browser, so these are the answers' shapes, not the tables'.

export const REQUEST_KINDS = [
  "service-request",
  "qualification-question",
  "records-request",
  "appeal",
  "school-evaluation",
  "other",
] as const;
export const REQUEST_CHANNELS = ["phone", "email", "letter", "portal", "in-person"] as const;
export const REQUEST_STATUSES = ["open", "answered", "granted", "denied", "withdrawn"] as const;
export const LETTER_TEMPLATES = [
  "service-request",
  "qualification-question",
  "records-request",
  "appeal",
  "school-evaluation",
] as const;

export type RequestKind = (typeof REQUEST_KINDS)[number];
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export type LetterTemplate = (typeof LETTER_TEMPLATES)[number];

export type DueRule = {
  days: number;
  counting: "calendar" | "school";
  from: string;
  source: string;
  checkedOn: string;
  /** No rule is known: the date is a follow-up reminder only. */
  reminderOnly?: boolean;
};

export type RequestUpdate = { id: string; on: string; note: string; status?: RequestStatus | null };

export type FamilyRequest = {
  id: string;
  kind: RequestKind;
  to: { name: string; organization?: string | null; role?: string | null };
  childIds: string[];
  serviceIds?: string[];
  providerId?: string | null;
  letterId?: string | null;
  askedOn: string;
  channel: RequestChannel;
  summary: string;
  dueOn: string;
  dueRule?: DueRule | null;
  status: RequestStatus;
  overdue?: boolean;
  updates?: RequestUpdate[];
};

export type Letter = {
  id: string;
  subject: string;
  body: string;
  template: LetterTemplate;
  locale: string;
  childId?: string;
  serviceIds?: string[];
  providerId?: string | null;
  requestId?: string | null;
  recipient?: { name: string; organization?: string | null };
};

/** Where the family's requests and letters live in the API. */
export const requestsPath = (familyId: string) => `/api/v1/families/${familyId}/requests`;
export const lettersPath = (familyId: string) => `/api/v1/families/${familyId}/letters`;
