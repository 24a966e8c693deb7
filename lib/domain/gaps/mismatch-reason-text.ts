import { catalogIn } from "@/lib/domain/catalog/localize";
import type { MismatchReason } from "./";

/** A translator for the `mismatch` messages: next-intl's useTranslations("mismatch") or getTranslations. */
type Translate = (
  key: "notQualified" | "noModelTraining",
  values: { credential: string; service: string; models: string },
) => string;

/** Mid-sentence, a service reads in lower case ("individual psychotherapy"), acronyms kept. */
const inSentence = (label: string) => label.charAt(0).toLocaleLowerCase() + label.slice(1);

/** The plain-words reason a provider's delivery of a service does not count. */
export function mismatchReasonText(t: Translate, reason: MismatchReason, locale: string): string {
  const { credentialById, serviceById, treatmentModelById } = catalogIn(locale);
  const service = serviceById(reason.serviceId);
  const models = (service?.requiresTrainingIn ?? []).map((id) => treatmentModelById(id)?.label ?? id);
  const values = {
    credential: credentialById(reason.credentialId)?.abbreviation ?? reason.credentialId,
    service: inSentence(service?.label ?? reason.serviceId),
    models: new Intl.ListFormat(locale, { type: "disjunction" }).format(models),
  };
  return t(reason.code === "no-model-training" ? "noModelTraining" : "notQualified", values);
}
