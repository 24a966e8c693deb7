import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

// How one API route is described in /api/v1/openapi.json. Each area lists its routes in a file of
// this folder with `operation(...)`, one entry per method and path, next to the schemas of its
// answers; document.ts gathers the lists. The request schemas are lib/schemas' own, the ones the
// route checks, so the document says what the server really accepts.

const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "Stable, for programs: validation_failed, not_found, …" }),
      message: z.string().meta({ description: "For people, in the language of Accept-Language." }),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .meta({ description: "Per field of the body, by path (`rows.3.startOn`)." }),
    }),
  })
  .meta({
    id: "Error",
    example: {
      error: {
        code: "validation_failed",
        message: "Some fields need attention.",
        fields: { name: "This field is required." },
      },
    },
  });

const ERRORS: Record<number, string> = {
  400: "The request is malformed or a field is invalid (unknown fields are refused).",
  401: "No valid session.",
  403: "Signed in, but not allowed this change, or a cross-site request.",
  404: "Not found, or not the caller's to see.",
  409: "The change conflicts with the record as it stands.",
  410: "The invite was used, revoked or has expired.",
  413: "The body is too large.",
  422: "Well formed, but not acceptable (see the message).",
  429: "Too many attempts; Retry-After says when to try again.",
  503: "The database is away for a moment; retrying (with the same key) is safe.",
};

/** Every path parameter is a record's UUID, but an article's slug. */
function pathParameters(path: string) {
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  if (names.length === 0) return undefined;
  return z.object(
    Object.fromEntries(
      names.map((name) => [
        name,
        name === "slug" ? z.string().meta({ example: "what-is-a-qmha" }) : z.uuid().meta({ example: EXAMPLE_ID }),
      ]),
    ),
  );
}

export const EXAMPLE_ID = "0b9d7c3e-5a41-4f8e-9c2d-6e1f3a7b8c90";

type Method = "get" | "post" | "put" | "patch" | "delete";
type Answer = { status: number; description: string; schema?: z.ZodType; example?: unknown; type?: string };

/**
 * One route: who may call it (`who`, shown first in the description), the query and body schemas it
 * checks, its main answer with an example, and the error statuses it gives besides 400/401/503.
 */
export function operation(
  method: Method,
  path: string,
  spec: {
    tag: string;
    summary: string;
    who: string;
    description?: string;
    query?: z.ZodObject;
    body?: z.ZodType;
    /** The body's media type: JSON, or a form with a file (an upload). */
    bodyType?: "application/json" | "multipart/form-data";
    bodyExample?: unknown;
    ok: Answer;
    errors?: number[];
    idempotent?: boolean;
  },
): RouteConfig {
  const errors = [...new Set([400, 401, ...(spec.errors ?? []), 503])].filter(
    (status) => !(status === 401 && spec.who === "anyone"),
  );
  return {
    method,
    path,
    tags: [spec.tag],
    summary: spec.summary,
    description: [`**Who:** ${spec.who}.`, spec.description].filter(Boolean).join("\n\n"),
    request: {
      params: pathParameters(path),
      query: spec.query,
      headers: spec.idempotent
        ? z.object({
            "idempotency-key": z.string().min(8).max(128).optional().meta({
              description: "The same key on a retry: a change already done answers as it did the first time.",
            }),
          })
        : undefined,
      body: spec.body
        ? {
            required: true,
            content: {
              [spec.bodyType ?? "application/json"]: {
                schema: spec.body,
                ...(spec.bodyExample ? { example: spec.bodyExample } : {}),
              },
            },
          }
        : undefined,
    },
    responses: {
      [spec.ok.status]: {
        description: spec.ok.description,
        ...(spec.ok.schema
          ? {
              content: {
                [spec.ok.type ?? "application/json"]: {
                  schema: spec.ok.schema,
                  ...(spec.ok.example ? { example: spec.ok.example } : {}),
                },
              },
            }
          : {}),
      },
      ...Object.fromEntries(
        errors.map((status) => [
          status,
          { description: ERRORS[status]!, content: { "application/json": { schema: errorSchema } } },
        ]),
      ),
    },
  };
}
