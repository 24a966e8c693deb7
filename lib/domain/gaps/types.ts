import type { IsoDate } from "@/lib/core/dates";

export type NeedRecord = {
  readonly id: string;
  readonly needId: string;
  readonly identifiedOn: IsoDate;
  readonly resolvedOn: IsoDate | null;
};

/** A service marked as needed directly (a discharge plan, a coach's recommendation). */
export type ServiceMarkRecord = {
  readonly id: string;
  readonly serviceId: string;
  readonly markedOn: IsoDate;
  readonly clearedOn: IsoDate | null;
};

export type ChildRecord = {
  readonly id: string;
  readonly needs: readonly NeedRecord[];
  readonly serviceMarks: readonly ServiceMarkRecord[];
};

/** Who oversees a supervised provider: another provider of the family, or a named person with a credential. */
export type SupervisorRecord =
  { readonly providerId: string } | { readonly name: string; readonly credentialId: string };

export type ProviderRecord = {
  readonly id: string;
  readonly statedTitle: string;
  /** Every credential the person holds (an LPC who is also a CADC); qualified if any one qualifies. */
  readonly credentialIds: readonly string[];
  readonly supervisor: SupervisorRecord | null;
  readonly servicesDelivered: readonly string[];
  readonly trainedIn: readonly string[];
  readonly childIds: readonly string[];
  readonly startOn: IsoDate;
  /** The last day they worked with the family (inclusive). */
  readonly endOn: IsoDate | null;
  readonly answeredQuestionIds?: readonly string[];
};

export type GapStatus = "covered" | "mismatch" | "unverified" | "missing";

/** Why a delivery does not count, as data: the words are chosen where the reader's language is known. */
export type MismatchReasonCode =
  /** The credential's scope does not include the service. */
  | "not-qualified"
  /** Qualified, but trained in no model the service requires. */
  | "no-model-training"
  /** Trauma treatment with model training, but in a model that does not treat trauma (PCIT alone: R8). */
  | "no-trauma-model"
  /** An associate or paraprofessional with no supervisor (or one not qualified for the service) on record (R3, R4). */
  | "needs-supervisor"
  /** A behavior technician with no behavior analyst on the team or as supervisor (R1). */
  | "needs-behavior-analyst";

export type MismatchReason = {
  readonly code: MismatchReasonCode;
  readonly credentialId: string;
  readonly serviceId: string;
  /** The state whose title decided it (upper case), when the credential is a state title (R11). */
  readonly stateCode?: string;
};

/** One service for one child on one day, before `since` is known. */
export type ServiceState = {
  readonly serviceId: string;
  readonly status: GapStatus;
  /** An open need or a direct mark calls for it (a mismatch is listed even when nothing does). */
  readonly needed: boolean;
  /** The need ids (or "marked") that call for it. */
  readonly neededFor: readonly string[];
  readonly providerIds: readonly string[];
  readonly reason?: MismatchReason;
  /** R10: on a safety-planning gap, the crisis line to show beside it ("988"). */
  readonly crisisLine?: string;
};

export type ServiceGap = ServiceState & { readonly since: IsoDate; readonly days: number };

export type ChildGaps = { readonly childId: string; readonly services: readonly ServiceGap[] };

export type TitleFlag = {
  readonly providerId: string;
  readonly kind: "title-not-clinical" | "credential-unknown";
  readonly statedTitle: string;
  /** The first of the provider's credentials the flag is about. */
  readonly credentialId: string;
  /** The questions to ask that are still unanswered for this provider. */
  readonly questionIds: readonly string[];
};

export type FamilyGaps = {
  readonly on: IsoDate;
  readonly children: readonly ChildGaps[];
  readonly flags: readonly TitleFlag[];
};
