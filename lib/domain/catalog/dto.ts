import { catalogIn } from "./localize";

/**
 * The catalog as the API sends it: services also list the credentials that qualify for them.
 * English unless another language is asked for; the shape is the same in every language.
 */
export function catalogDto(locale = "en") {
  const catalog = catalogIn(locale);
  return {
    credentials: catalog.credentials,
    services: catalog.services.map((service) => ({
      ...service,
      qualifiedCredentialIds: catalog.credentialsQualifiedFor(service.id).map((credential) => credential.id),
    })),
    needs: catalog.needs,
    treatmentModels: catalog.treatmentModels,
    questions: catalog.questions,
  };
}
