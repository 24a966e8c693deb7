import { credentials, credentialsQualifiedFor, needs, questions, services, treatmentModels } from "./index";

/** The catalog as the API sends it: services also list the credentials that qualify for them. */
export function catalogDto() {
  return {
    credentials,
    services: services.map((service) => ({ ...service, qualifiedCredentialIds: credentialsQualifiedFor(service.id).map((credential) => credential.id) })),
    needs,
    treatmentModels,
    questions,
  };
}
