import { credentialById, serviceById, treatmentModelById, type Credential } from "../catalog";
import type { MismatchReason, ProviderRecord } from "./types";

/**
 * How a provider stands toward a service, before the day is known:
 * - `qualified` / `mismatch` / `unknown` hold whatever the day;
 * - `conditional` counts only while someone else is there: a qualified supervisor (R3, R4) or a
 *   behavior analyst on the team (R1). Until then it is the mismatch in `reason`.
 */
export type Judgement =
  | { readonly kind: "qualified" }
  | { readonly kind: "unknown" }
  | { readonly kind: "mismatch"; readonly reason: MismatchReason }
  | { readonly kind: "conditional"; readonly reason: MismatchReason };

const QUALIFIED: Judgement = { kind: "qualified" };
const UNKNOWN: Judgement = { kind: "unknown" };

/** The reason, with the state whose title decided it (R11). */
function reasonFor(code: MismatchReason["code"], credential: Credential, serviceId: string): MismatchReason {
  const stateCode = credential.states[0];
  return stateCode
    ? { code, credentialId: credential.id, serviceId, stateCode }
    : { code, credentialId: credential.id, serviceId };
}

/** One credential toward one service (training in `trainedIn` counts for model-bound services). */
export function judgeCredential(credential: Credential, trainedIn: readonly string[], serviceId: string): Judgement {
  if (credential.kind === "unknown") return UNKNOWN;
  const qualification = credential.services[serviceId];
  if (!qualification) return { kind: "mismatch", reason: reasonFor("not-qualified", credential, serviceId) };
  const required = serviceById(serviceId)?.requiresTrainingIn ?? [];
  if (required.length > 0 && !required.some((model) => trainedIn.includes(model))) {
    // Trained, but only in models that do not treat trauma (PCIT alone: R8).
    const trainedElsewhere = trainedIn.some((model) => treatmentModelById(model) !== undefined);
    const code = serviceId === "trauma-treatment" && trainedElsewhere ? "no-trauma-model" : "no-model-training";
    return { kind: "mismatch", reason: reasonFor(code, credential, serviceId) };
  }
  if (qualification.requires === "behavior-analyst") {
    return { kind: "conditional", reason: reasonFor("needs-behavior-analyst", credential, serviceId) };
  }
  if (credential.requiresSupervisor && !qualification.withoutSupervisor) {
    return { kind: "conditional", reason: reasonFor("needs-supervisor", credential, serviceId) };
  }
  return QUALIFIED;
}

const RANK: Record<Judgement["kind"], number> = { qualified: 0, conditional: 1, unknown: 2, mismatch: 3 };

/**
 * May this provider deliver this service? Qualified if any one of their credentials qualifies; a
 * credential that qualifies only with a supervisor or a behavior analyst comes next; a credential
 * nobody knows yet leaves the answer unknown; only when every credential is known and out of
 * scope is it a mismatch (the first credential's reason).
 */
export function judge(provider: Pick<ProviderRecord, "credentialIds" | "trainedIn">, serviceId: string): Judgement {
  const service = serviceById(serviceId);
  if (!service) return UNKNOWN;
  if (service.openToAnyProvider) return QUALIFIED;
  let best: Judgement = UNKNOWN;
  let seen = false;
  for (const id of provider.credentialIds) {
    const credential = credentialById(id);
    const judgement = credential ? judgeCredential(credential, provider.trainedIn, serviceId) : UNKNOWN;
    if (!seen || RANK[judgement.kind] < RANK[best.kind]) best = judgement;
    seen = true;
  }
  return best;
}

/** Does one of these credentials qualify, on its own, for the service (what a supervisor must)? */
export function qualifiesToSupervise(credentialIds: readonly string[], serviceId: string): boolean {
  return credentialIds.some((id) => {
    const credential = credentialById(id);
    const qualification = credential?.services[serviceId];
    return (
      credential !== undefined &&
      qualification !== undefined &&
      qualification.requires === undefined &&
      !credential.requiresSupervisor &&
      credential.kind !== "unknown"
    );
  });
}

/** A behavior analyst (BCBA/LBA, or BCaBA/LaBA under one): someone who designs behavior plans (R1). */
export function isBehaviorAnalyst(credentialIds: readonly string[]): boolean {
  return credentialIds.some((id) => credentialById(id)?.family === "bcba");
}
