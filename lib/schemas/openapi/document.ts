import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { accountRoutes } from "./accounts";
import { articleRoutes } from "./articles";
import { careTeamRoutes } from "./care-team";
import { coachingRoutes } from "./coaching";
import { documentRoutes } from "./documents";
import { messageRoutes } from "./messages";
import { recordRoutes } from "./records";
import { requestRoutes } from "./requests";
import { securityRoutes } from "./security";

/** Every route of /api/v1, area by area: a new route is one `operation(...)` in its area's list. */
export const apiOperations = [
  ...accountRoutes,
  ...articleRoutes,
  ...careTeamRoutes,
  ...documentRoutes,
  ...messageRoutes,
  ...coachingRoutes,
  ...recordRoutes,
  ...requestRoutes,
  ...securityRoutes,
];

let built: object | undefined;

/** The OpenAPI 3.1 document of /api/v1, built once per process from the zod schemas. */
export function openApiDocument(): object {
  if (built) return built;
  const registry = new OpenAPIRegistry();
  for (const operation of apiOperations) registry.registerPath(operation);
  registry.registerPath({
    method: "get",
    path: "/openapi.json",
    tags: ["API"],
    summary: "This document",
    description: "**Who:** anyone. Public and cacheable: it holds no family data.",
    responses: { 200: { description: "The OpenAPI 3.1 document of /api/v1." } },
  });
  built = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Clarity API",
      version: "1",
      description:
        "The JSON API of Clarity, a coaching portal for families of children with complex behavioral-health needs. Sign in with the app's session cookie; errors share one shape (`Error`); writes a client may retry take an `Idempotency-Key`. See docs/api.md.",
    },
    servers: [{ url: "/api/v1" }],
  });
  return built;
}
