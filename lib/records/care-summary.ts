import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/identity/actor";
import { practiceToday } from "@/lib/care-team/gaps";
import { loadFamilyRecords, type FamilyRecords } from "@/lib/care-team/records";
import { childOfFamily, readFamily } from "@/lib/care-team/scope";
import { credentialById } from "@/lib/domain/catalog";
import type { IsoDate } from "@/lib/core/dates";
import {
  familyGapsOn,
  isMarkOpenOn,
  isNeedOpenOn,
  isProviderActiveOn,
  type GapStatus,
  type MismatchReason,
} from "@/lib/domain/gaps";
import { getFamilyName } from "./family-name";

export type CareSummary = {
  on: IsoDate;
  familyName: string;
  child: { id: string; name: string; birthYear: number | null };
  needs: { needId: string; identifiedOn: IsoDate }[];
  marks: { serviceId: string; markedOn: IsoDate; reason: string }[];
  providers: {
    id: string;
    name: string;
    statedTitle: string;
    /** The first of credentialIds, as before a provider could hold several. */
    credentialId: string;
    credentialIds: string[];
    /** Who supervises them, by name and credential (a team member's are looked up); null: nobody named. */
    supervisor: { name: string; credentialId: string } | null;
    licensed: boolean;
    licenseNumber: string | null;
    licenseState: string | null;
    agency: string | null;
    contact: string | null;
    startOn: IsoDate;
  }[];
  /** What the child needs that no qualified provider gives: missing, mismatched or unverified, with since when. */
  gaps: {
    serviceId: string;
    status: Exclude<GapStatus, "covered">;
    since: IsoDate;
    days: number;
    neededFor: string[];
    reason?: MismatchReason;
  }[];
  /** Per provider, the questions still to ask (the engine's title flags). */
  questions: {
    providerId: string;
    providerName: string;
    statedTitle: string;
    kind: "title-not-clinical" | "credential-unknown";
    questionIds: string[];
  }[];
};

/**
 * One child's care team on one day, for a meeting: read by the family's members or its coach (a
 * coach's read is audited as a view), computed by the same gap engine as every other page.
 */
export async function careSummary(
  actor: Actor,
  familyId: string,
  childId: string,
  on: IsoDate = practiceToday(),
): Promise<CareSummary> {
  const db = await getDb();
  await readFamily(db, actor, familyId, "summary");
  const child = await childOfFamily(db, familyId, childId);
  const [records, familyName] = await Promise.all([loadFamilyRecords(db, familyId), getFamilyName(db, familyId)]);
  const gaps = familyGapsOn(records.children, records.providers, on);
  const childRecord = records.children.find((record) => record.id === childId)!;
  const childGaps = gaps.children.find((entry) => entry.childId === childId)?.services ?? [];
  const team = records.providers.filter(
    (provider) => provider.childIds.includes(childId) && isProviderActiveOn(provider, on),
  );
  const onTeam = new Map(team.map((provider) => [provider.id, provider]));
  return {
    on,
    familyName,
    child: { id: child.id, name: child.name, birthYear: child.birthYear },
    needs: childRecord.needs
      .filter((need) => isNeedOpenOn(need, on))
      .map((need) => ({ needId: need.needId, identifiedOn: need.identifiedOn })),
    marks: childRecord.serviceMarks
      .filter((mark) => isMarkOpenOn(mark, on))
      .map((mark) => ({
        serviceId: mark.serviceId,
        markedOn: mark.markedOn,
        reason: (mark as { reason?: string }).reason ?? "",
      })),
    providers: team.map((provider) => ({
      id: provider.id,
      name: provider.name,
      statedTitle: provider.statedTitle,
      credentialId: provider.credentialIds[0]!,
      credentialIds: [...provider.credentialIds],
      supervisor: supervisorOf(provider.supervisor, records.providers),
      licensed: provider.credentialIds.some((id) => credentialById(id)?.licensed ?? false),
      licenseNumber: provider.licenseNumber,
      licenseState: provider.licenseState,
      agency: provider.agency,
      contact: provider.contact,
      startOn: provider.startOn,
    })),
    gaps: childGaps
      .filter((gap) => gap.status !== "covered" && (gap.needed || gap.status === "mismatch"))
      .map((gap) => ({
        serviceId: gap.serviceId,
        status: gap.status as Exclude<GapStatus, "covered">,
        since: gap.since,
        days: gap.days,
        neededFor: [...gap.neededFor],
        ...(gap.reason ? { reason: gap.reason } : {}),
      })),
    questions: gaps.flags
      .filter((flag) => onTeam.has(flag.providerId) && flag.questionIds.length > 0)
      .map((flag) => ({
        providerId: flag.providerId,
        providerName: onTeam.get(flag.providerId)!.name,
        statedTitle: flag.statedTitle,
        kind: flag.kind,
        questionIds: [...flag.questionIds],
      })),
  };
}

/** A supervisor as the sheet names them: a team member by their name and first credential. */
function supervisorOf(
  supervisor: FamilyRecords["providers"][number]["supervisor"],
  providers: FamilyRecords["providers"],
): CareSummary["providers"][number]["supervisor"] {
  if (!supervisor) return null;
  if ("name" in supervisor) return { name: supervisor.name, credentialId: supervisor.credentialId };
  const member = providers.find((provider) => provider.id === supervisor.providerId);
  return member ? { name: member.name, credentialId: member.credentialIds[0]! } : null;
}
