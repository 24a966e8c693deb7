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

export type ProviderRecord = {
  readonly id: string;
  readonly statedTitle: string;
  readonly credentialId: string;
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
export type MismatchReason = {
  readonly code: "not-qualified" | "no-model-training";
  readonly credentialId: string;
  readonly serviceId: string;
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
};

export type ServiceGap = ServiceState & { readonly since: IsoDate; readonly days: number };

export type ChildGaps = { readonly childId: string; readonly services: readonly ServiceGap[] };

export type TitleFlag = {
  readonly providerId: string;
  readonly kind: "title-not-clinical" | "credential-unknown";
  readonly statedTitle: string;
  readonly credentialId: string;
  /** The questions to ask that are still unanswered for this provider. */
  readonly questionIds: readonly string[];
};

export type FamilyGaps = {
  readonly on: IsoDate;
  readonly children: readonly ChildGaps[];
  readonly flags: readonly TitleFlag[];
};
