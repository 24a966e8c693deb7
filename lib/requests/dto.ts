import type { requestUpdates, requests } from "@/db/schema";
import type { IsoDate } from "@/lib/core/dates";
import type { DueRule, RequestChannel, RequestKind, RequestStatus } from "@/lib/domain/requests";

type Person = { id: string; name: string };

export type RequestDto = {
  id: string;
  kind: RequestKind;
  to: { name: string; organization: string | null; role: string | null };
  childIds: string[];
  serviceIds: string[];
  providerId: string | null;
  letterId: string | null;
  askedOn: IsoDate;
  channel: RequestChannel;
  summary: string;
  dueOn: IsoDate;
  /** Present only when Clarity suggested `dueOn`: the rule it followed. */
  dueRule?: DueRule;
  status: RequestStatus;
  /** Still open and past `dueOn` on the practice's today. */
  overdue: boolean;
  /** How many updates it has had, and the date of the latest. */
  updateCount: number;
  lastUpdateOn: IsoDate | null;
  createdBy: Person | null;
  createdAt: string;
  updatedAt: string;
};

export type RequestUpdateDto = {
  id: string;
  on: IsoDate;
  note: string;
  /** The status this update set, if it set one. */
  status: RequestStatus | null;
  createdBy: Person | null;
  createdAt: string;
};

export type RequestWithUpdatesDto = RequestDto & { updates: RequestUpdateDto[] };

export const isOverdue = (row: { status: string; dueOn: IsoDate }, today: IsoDate) =>
  row.status === "open" && row.dueOn < today;

export function requestDto(
  row: typeof requests.$inferSelect,
  extra: {
    childIds: string[];
    createdBy: Person | null;
    today: IsoDate;
    updateCount: number;
    lastUpdateOn: IsoDate | null;
  },
): RequestDto {
  return {
    id: row.id,
    kind: row.kind as RequestKind,
    to: { name: row.toName, organization: row.toOrganization, role: row.toRole },
    childIds: extra.childIds,
    serviceIds: row.serviceIds,
    providerId: row.providerId,
    letterId: row.letterId,
    askedOn: row.askedOn,
    channel: row.channel as RequestChannel,
    summary: row.summary,
    dueOn: row.dueOn,
    ...(row.dueRule ? { dueRule: row.dueRule as DueRule } : {}),
    status: row.status as RequestStatus,
    overdue: isOverdue(row, extra.today),
    updateCount: extra.updateCount,
    lastUpdateOn: extra.lastUpdateOn,
    createdBy: extra.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function requestUpdateDto(row: typeof requestUpdates.$inferSelect, createdBy: Person | null): RequestUpdateDto {
  return {
    id: row.id,
    on: row.on,
    note: row.note,
    status: (row.status as RequestStatus | null) ?? null,
    createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}
