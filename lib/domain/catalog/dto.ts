import { MEDICAID_SERVICE_NAMES } from "./medicaid-service-names";
import { catalogIn } from "./localize";
import type { UsState } from "./types";
import { CATALOG_STATES, UNCHECKED_STATE_NOTE } from "./us-states";

/**
 * The catalog as the API sends it: services also list the credentials that qualify for them.
 * English unless another language is asked for; the shape is the same in every language. With a
 * state, the national entries and that state's titles only (and, for a state whose titles the
 * catalog does not carry, the note saying so); without, every entry.
 */
export function catalogDto(locale = "en", state: UsState | null = null) {
  const catalog = catalogIn(locale);
  const inState = (credential: { states: readonly string[] }) =>
    state === null || credential.states.length === 0 || credential.states.includes(state);
  const credentials = catalog.credentials.filter(inState);
  const language = locale.toLowerCase().startsWith("es") ? "es" : "en";
  return {
    state,
    stateNote:
      state !== null && !(CATALOG_STATES as readonly string[]).includes(state) ? UNCHECKED_STATE_NOTE[language] : null,
    credentials,
    services: catalog.services.map((service) => ({
      ...service,
      qualifiedCredentialIds: credentials
        .filter((credential) => service.id in credential.services)
        .map((credential) => credential.id),
    })),
    needs: catalog.needs,
    treatmentModels: catalog.treatmentModels,
    questions: catalog.questions,
    medicaidServiceNames: MEDICAID_SERVICE_NAMES.map(({ description, ...name }) => ({
      ...name,
      description: description[language],
    })),
  };
}
