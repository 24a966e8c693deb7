import { z } from "zod";
import { articleLocaleQuerySchema, articleQuerySchema, pinnedArticlesSchema } from "../articles";
import { catalogQuerySchema } from "../catalog";
import { operation } from "./operation";
import { articleMeta, time } from "./shapes";

const tag = "Articles and catalog";

export const articleRoutes = [
  operation("get", "/articles", {
    tag,
    summary: "List or search the guidance articles",
    who: "anyone",
    description:
      "Without `q`, every article; with `q`, ranked hits, each with a `score` and a `snippet` (escaped text, matches in `<mark>`). `locale=es` lists and searches the articles written in Spanish.",
    query: articleQuerySchema,
    ok: {
      status: 200,
      description: "The articles.",
      schema: z.object({
        articles: z.array(articleMeta.extend({ score: z.number().optional(), snippet: z.string().optional() })),
      }),
    },
  }),
  operation("get", "/articles/{slug}", {
    tag,
    summary: "One article, rendered",
    who: "anyone",
    description: "In Spanish with `locale=es`, or in English (`locale: en`) while it is not translated.",
    query: articleLocaleQuerySchema,
    ok: {
      status: 200,
      description: "The article with its HTML and headings.",
      schema: z.object({
        article: articleMeta.extend({
          html: z.string(),
          headings: z.array(z.object({ id: z.string(), text: z.string(), depth: z.number().int() })),
        }),
      }),
    },
    errors: [404],
  }),
  operation("get", "/catalog", {
    tag,
    summary: "Credentials, services, needs, treatment models, questions",
    who: "anyone",
    description:
      "Each service also lists `qualifiedCredentialIds`; the words are Spanish with `locale=es`. With `state=TX`, the national credentials plus Texas's own titles (ids such as `tx:qmhp-cs`); without it, every credential, each with the `states` it belongs to (empty: national), its `level` and whether it `requiresSupervisor`. An unknown state is a 400. `stateNote` says when a state's own titles were not checked; `medicaidServiceNames` are the names care plans use for services, each with the catalog services it stands for.",
    query: catalogQuerySchema,
    ok: {
      status: 200,
      description: "The catalog.",
      schema: z.object({
        state: z.string().nullable(),
        stateNote: z.string().nullable(),
        credentials: z.array(
          z
            .object({
              id: z.string(),
              label: z.string(),
              states: z.array(z.string()),
              level: z.enum(["independent", "associate", "paraprofessional", "program", "degree", "unknown"]),
              requiresSupervisor: z.boolean(),
            })
            .loose(),
        ),
        services: z.array(
          z.object({ id: z.string(), label: z.string(), qualifiedCredentialIds: z.array(z.string()) }).loose(),
        ),
        needs: z.array(z.object({ id: z.string(), label: z.string() }).loose()),
        treatmentModels: z.array(z.object({ id: z.string(), label: z.string() }).loose()),
        questions: z.array(z.object({ id: z.string(), text: z.string() }).loose()),
      }),
    },
  }),
  operation("get", "/families/{familyId}/pinned-articles", {
    tag,
    summary: "The articles the coach pinned for a family",
    who: "the family's members and coach",
    ok: {
      status: 200,
      description: "In the coach's order.",
      schema: z.object({ pinnedArticles: z.array(articleMeta.extend({ pinnedAt: time })) }),
    },
    errors: [404],
  }),
  operation("put", "/families/{familyId}/pinned-articles", {
    tag,
    summary: "Pin up to three articles on a family's home",
    who: "the family's coach",
    description: "`[]` unpins all. 422 for more than three, an unknown or a repeated slug.",
    body: pinnedArticlesSchema,
    bodyExample: { slugs: ["what-is-a-qmha", "safety-planning"] },
    ok: {
      status: 200,
      description: "As GET.",
      schema: z.object({ pinnedArticles: z.array(articleMeta.extend({ pinnedAt: time })) }),
    },
    errors: [403, 404, 409, 422],
  }),
];
