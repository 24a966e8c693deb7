import { catalogIn } from "@/lib/domain/catalog/localize";
import { credentialsForState, isUsState } from "@/lib/domain/catalog";
import { englishArticle, nameInSentence, usStateName } from "@/lib/domain/catalog/sentence-words";
import { qualifiesToSupervise } from "./qualification";
import type { MismatchReason, MismatchReasonCode } from "./types";

/** The keys of the `mismatch` messages, one per reason code. */
export type MismatchMessageKey =
  "notQualified" | "noModelTraining" | "noTraumaModel" | "needsSupervisor" | "needsBehaviorAnalyst";

export type MismatchValues = {
  credential: string;
  /** The English article the credential takes ("an LCSW", "a QMHA"), for the messages that need one. */
  article: "a" | "an";
  service: string;
  models: string;
  /** Who to ask for: the credentials that may supervise this service ("LCSW, LPC or LMFT"). */
  supervisors: string;
  /** The state whose title decided it, by name in the reader's language ("Oregón"), or "" for a national entry. */
  state: string;
};

/** A translator for the `mismatch` messages: next-intl's useTranslations("mismatch") or getTranslations. */
type Translate = (key: MismatchMessageKey, values: MismatchValues) => string;

export const MISMATCH_MESSAGE_KEY: Record<MismatchReasonCode, MismatchMessageKey> = {
  "not-qualified": "notQualified",
  "no-model-training": "noModelTraining",
  "no-trauma-model": "noTraumaModel",
  "needs-supervisor": "needsSupervisor",
  "needs-behavior-analyst": "needsBehaviorAnalyst",
};

/**
 * The words of the `mismatch` messages in English and Spanish, for the messages files (which the
 * edge owns): the three new keys must be copied there as they are here.
 */
export const MISMATCH_MESSAGES: Record<"en" | "es", Record<MismatchMessageKey, string>> = {
  en: {
    notQualified: "The {credential} credential does not cover {service}.",
    noModelTraining:
      "The {credential} credential allows therapy, but {service} also needs training in {models}, and none is recorded.",
    noTraumaModel:
      "The {credential} credential allows therapy, but {service} needs a trauma-focused model ({models}); the training recorded does not treat trauma.",
    needsSupervisor:
      "The {credential} credential allows {service} only under a supervisor qualified for it, and no such supervisor is recorded. Ask who supervises them: someone such as {supervisors}.",
    needsBehaviorAnalyst:
      "A behavior technician ({credential}) carries out a behavior plan that a behavior analyst designs and oversees, and no behavior analyst is on the team. Ask who wrote the plan and who supervises it: a BCBA or licensed behavior analyst.",
  },
  es: {
    notQualified: "La credencial {credential} no cubre {service}.",
    noModelTraining:
      "La credencial {credential} permite dar terapia, pero {service} también requiere formación en {models}, y no hay ninguna anotada.",
    noTraumaModel:
      "La credencial {credential} permite dar terapia, pero {service} requiere un modelo centrado en el trauma ({models}); la formación anotada no trata el trauma.",
    needsSupervisor:
      "La credencial {credential} permite {service} solo bajo un supervisor calificado para hacerlo, y no hay ninguno anotado. Pregunte quién lo supervisa: alguien como {supervisors}.",
    needsBehaviorAnalyst:
      "Un técnico de conducta ({credential}) aplica un plan de conducta que diseña y supervisa un analista de conducta, y no hay ningún analista de conducta en el equipo. Pregunte quién escribió el plan y quién lo supervisa: un BCBA o un analista de conducta con licencia.",
  },
};

/** Mid-sentence, a service reads in lower case ("individual psychotherapy"), acronyms kept. */
const inSentence = (label: string) => label.charAt(0).toLocaleLowerCase() + label.slice(1);

/**
 * Who to ask for: up to four credentials that may supervise the service on their own, the title's
 * own state's first (an Oregon QMHA's supervisor is a QMHP), then the national ones.
 */
function supervisorsFor(reason: MismatchReason, locale: string): string {
  const { credentialById } = catalogIn(locale);
  const state = reason.stateCode && isUsState(reason.stateCode) ? reason.stateCode : null;
  const candidates = (
    state ? credentialsForState(state) : credentialsForState(null).filter((c) => c.states.length === 0)
  )
    .filter((credential) => credential.level === "independent" || credential.level === "program")
    .filter((credential) => qualifiesToSupervise([credential.id], reason.serviceId));
  const names = [
    ...candidates.filter((credential) => credential.states.length > 0),
    ...candidates.filter((credential) => credential.states.length === 0),
  ]
    .slice(0, 4)
    .map((credential) => credentialById(credential.id)?.abbreviation ?? credential.abbreviation);
  return new Intl.ListFormat(locale, { type: "disjunction" }).format(names);
}

/** The values a `mismatch` message may use, in the reader's language. */
export function mismatchValues(reason: MismatchReason, locale: string): MismatchValues {
  const { credentialById, serviceById, treatmentModelById } = catalogIn(locale);
  const service = serviceById(reason.serviceId);
  const models = (service?.requiresTrainingIn ?? []).map((id) => treatmentModelById(id)?.label ?? id);
  const stateName = reason.stateCode ? usStateName(reason.stateCode, locale) : "";
  const credential = nameInSentence(credentialById(reason.credentialId)?.abbreviation ?? reason.credentialId);
  return {
    credential,
    article: englishArticle(credential),
    service: inSentence(service?.label ?? reason.serviceId),
    models: new Intl.ListFormat(locale, { type: "disjunction" }).format(models),
    supervisors: reason.code === "needs-supervisor" ? supervisorsFor(reason, locale) : "",
    state: stateName,
  };
}

/** The plain-words reason a provider's delivery of a service does not count. */
export function mismatchReasonText(t: Translate, reason: MismatchReason, locale: string): string {
  return t(MISMATCH_MESSAGE_KEY[reason.code], mismatchValues(reason, locale));
}

/** The same words without a translator: from MISMATCH_MESSAGES, for tests and places with no messages. */
export function mismatchReasonWords(reason: MismatchReason, locale: string): string {
  const language = locale.toLowerCase().startsWith("es") ? "es" : "en";
  const values = mismatchValues(reason, language);
  return MISMATCH_MESSAGES[language][MISMATCH_MESSAGE_KEY[reason.code]].replace(
    /\{(\w+)\}/g,
    (_, name: string) => values[name as keyof MismatchValues] ?? "",
  );
}
