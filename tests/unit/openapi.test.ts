import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { apiOperations, openApiDocument } from "@/lib/schemas/openapi/document";
import { apiRoutes, loadRoute, methodsOf } from "@/tests/integration/support/api-routes";

type Document = { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
const document = openApiDocument() as Document;

/** "families/[familyId]/notes" → "/families/{familyId}/notes", as the document writes paths. */
const pathOf = (template: string) => `/${template.replace(/\[([^\]]+)\]/g, "{$1}")}`;

describe("the OpenAPI document (GET /api/v1/openapi.json)", () => {
  it("describes every method of every route file under app/api/v1, and nothing else", async () => {
    const routes: string[] = [];
    for (const template of apiRoutes())
      for (const method of methodsOf(await loadRoute(template))) routes.push(`${method} ${pathOf(template)}`);
    // The walk itself works: it sees routes of each kind.
    expect(routes).toEqual(expect.arrayContaining(["POST /families/{familyId}/notes", "GET /openapi.json"]));
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort(), "routes without an operation in lib/schemas/openapi").toEqual(routes.sort());
  }, 60_000);

  it("is OpenAPI 3.1 with a success answer and the error shape on every operation", () => {
    expect(document.openapi).toBe("3.1.0");
    for (const [path, item] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(item)) {
        const statuses = Object.keys(operation.responses);
        expect(
          statuses.some((status) => status.startsWith("2")),
          `${method} ${path}`,
        ).toBe(true);
        if (path !== "/openapi.json") expect(statuses, `${method} ${path}`).toContain("400");
      }
  });

  it("gives bodies as examples that the route's own schema accepts", () => {
    let examples = 0;
    for (const operation of apiOperations) {
      const body = operation.request?.body?.content["application/json"] as
        { schema: z.ZodType; example?: unknown } | undefined;
      if (!body?.example) continue;
      examples += 1;
      const result = body.schema.safeParse(body.example);
      expect(result.success, `${operation.method} ${operation.path}: ${JSON.stringify(result.error?.issues)}`).toBe(
        true,
      );
    }
    expect(examples).toBeGreaterThan(20);
  });
});
