import { z } from "zod";
import { audiences } from "./article-front-matter";
import { contentLocaleField } from "./fields";

const slugField = z.string({ error: "validation.required" }).max(100, { error: "validation.tooLong" });

/** GET /api/v1/articles: every parameter optional; an empty q lists instead of searching. */
export const articleQuerySchema = z.strictObject({
  q: z.string().trim().max(200, { error: "validation.tooLong" }).optional(),
  audience: z.enum(audiences, { error: "validation.invalid" }).optional(),
  tag: z.string().trim().max(60, { error: "validation.tooLong" }).optional(),
  locale: contentLocaleField,
});

/**
 * PUT pinned-articles. The shape is checked here (400); how many and which slugs are the data
 * layer's call (422), because only it knows the articles.
 */
export const pinnedArticlesSchema = z.strictObject({
  slugs: z.array(slugField, { error: "validation.required" }).max(50, { error: "validation.invalid" }),
});
export type PinnedArticlesInput = z.infer<typeof pinnedArticlesSchema>;

/** GET /api/v1/articles/{slug}: only the language may be asked for. */
export const articleLocaleQuerySchema = z.strictObject({ locale: contentLocaleField });
