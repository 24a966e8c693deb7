/** The lists the requests API accepts, exactly as issue 19 names them. */
export const REQUEST_KINDS = [
  "service-request",
  "qualification-question",
  "records-request",
  "appeal",
  "school-evaluation",
  "other",
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const REQUEST_CHANNELS = ["email", "phone", "letter", "portal", "in-person"] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

export const REQUEST_STATUSES = ["open", "answered", "granted", "denied", "withdrawn"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
