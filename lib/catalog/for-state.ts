import { CATALOG_STATES, credentialsForState, UNCHECKED_STATE_NOTE, type UsState } from "@/lib/domain/catalog";
import { catalogDto } from "@/lib/domain/catalog/dto";

/**
 * The catalog for a family in `state`: the national entries plus that state's own titles (a
 * Texas family is not offered Oregon's QMHP). Without a state, every entry, each naming its
 * `states`. `note` says when the state's own titles were not checked (a state outside the twelve,
 * or none given); the words follow `locale`.
 */
export function catalogForState(locale: string, state: UsState | null) {
  const catalog = catalogDto(locale);
  const checked = state !== null && (CATALOG_STATES as readonly string[]).includes(state);
  const note = checked ? null : locale === "es" ? UNCHECKED_STATE_NOTE.es : UNCHECKED_STATE_NOTE.en;
  if (state === null) return { state, note, ...catalog };
  const offered = new Set(credentialsForState(state).map((credential) => credential.id));
  return {
    state,
    note,
    ...catalog,
    credentials: catalog.credentials.filter((credential) => offered.has(credential.id)),
    services: catalog.services.map((service) => ({
      ...service,
      qualifiedCredentialIds: service.qualifiedCredentialIds.filter((id) => offered.has(id)),
    })),
  };
}
