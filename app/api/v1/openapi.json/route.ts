import { openApiDocument } from "@/lib/schemas/openapi/document";
import { route } from "@/lib/server/http/route";

// Public and cacheable, unlike every other answer: it describes the API and holds no family data.
export const GET = route(async () =>
  Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=3600" } }),
);
