import { credentialById, serviceById, treatmentModelById, type Service } from "../catalog";
import type { MismatchReason, ProviderRecord } from "./types";

export type Judgement = { readonly kind: "qualified" } | { readonly kind: "unknown" } | { readonly kind: "mismatch"; readonly reason: MismatchReason };

const QUALIFIED: Judgement = { kind: "qualified" };
const UNKNOWN: Judgement = { kind: "unknown" };

function modelList(service: Service): string {
  const labels = (service.requiresTrainingIn ?? []).map((id) => treatmentModelById(id)?.label ?? id);
  return labels.length > 1 ? `${labels.slice(0, -1).join(", ")} or ${labels.at(-1)}` : (labels[0] ?? "");
}

/** May this provider's credential (and training) deliver this service? */
export function judge(provider: Pick<ProviderRecord, "credentialId" | "trainedIn">, serviceId: string): Judgement {
  const service = serviceById(serviceId);
  if (!service) return UNKNOWN;
  if (service.openToAnyProvider) return QUALIFIED;
  const credential = credentialById(provider.credentialId);
  if (!credential || credential.kind === "unknown") return UNKNOWN;
  if (!(serviceId in credential.services)) {
    const limit = credential.cannot[0];
    return {
      kind: "mismatch",
      reason: {
        code: "not-qualified",
        text: `A ${credential.abbreviation} is not qualified to provide ${service.label.toLowerCase()}${limit ? ` (${limit})` : ""}.`,
      },
    };
  }
  const required = service.requiresTrainingIn ?? [];
  if (required.length > 0 && !required.some((model) => provider.trainedIn.includes(model))) {
    return {
      kind: "mismatch",
      reason: {
        code: "no-model-training",
        text: `A ${credential.abbreviation} may treat, but ${service.label.toLowerCase()} also needs training in a model such as ${modelList(service)}, and none is recorded.`,
      },
    };
  }
  return QUALIFIED;
}
