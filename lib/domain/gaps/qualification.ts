import { credentialById, serviceById } from "../catalog";
import type { MismatchReason, ProviderRecord } from "./types";

export type Judgement =
  | { readonly kind: "qualified" }
  | { readonly kind: "unknown" }
  | { readonly kind: "mismatch"; readonly reason: MismatchReason };

const QUALIFIED: Judgement = { kind: "qualified" };
const UNKNOWN: Judgement = { kind: "unknown" };

/** May this provider's credential (and training) deliver this service? */
export function judge(provider: Pick<ProviderRecord, "credentialId" | "trainedIn">, serviceId: string): Judgement {
  const service = serviceById(serviceId);
  if (!service) return UNKNOWN;
  if (service.openToAnyProvider) return QUALIFIED;
  const credential = credentialById(provider.credentialId);
  if (!credential || credential.kind === "unknown") return UNKNOWN;
  if (!(serviceId in credential.services)) {
    return { kind: "mismatch", reason: { code: "not-qualified", credentialId: credential.id, serviceId } };
  }
  const required = service.requiresTrainingIn ?? [];
  if (required.length > 0 && !required.some((model) => provider.trainedIn.includes(model))) {
    return { kind: "mismatch", reason: { code: "no-model-training", credentialId: credential.id, serviceId } };
  }
  return QUALIFIED;
}
