import { z } from "zod";
import { credentialById, needById, serviceById } from "@/lib/domain/catalog";

export const audiences = ["parents", "coaches", "both"] as const;
export type Audience = (typeof audiences)[number];

/** A calendar date written YYYY-MM-DD that really exists (no 2026-02-30). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), { error: "not a real date" });

/** An id the catalog knows, so an article can never point at a credential that does not exist. */
const catalogId = (kind: string, find: (id: string) => unknown) =>
  z
    .string()
    .refine((id) => find(id) !== undefined, { error: (issue) => `unknown ${kind} id "${String(issue.input)}"` });

const tag = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "tags are lower-case kebab-case" });

/**
 * What an article's front matter must say. readingMinutes is left out on purpose: it is computed
 * from the text, so a typed one is refused as an unknown field.
 */
export const frontMatterSchema = z
  .object({
    title: z.string().trim().min(5).max(120),
    summary: z.string().trim().min(20).max(300),
    audience: z.enum(audiences),
    tags: z.array(tag).min(1).max(12),
    credentials: z.array(catalogId("credential", credentialById)).default([]),
    services: z.array(catalogId("service", serviceById)).default([]),
    needs: z.array(catalogId("need", needById)).default([]),
    updated: isoDate,
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Splits "---\nyaml\n---\nbody" into its two parts; anything else has no front matter. */
export function splitFrontMatter(source: string): { yaml: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { yaml: match[1]!, body: match[2]! } : null;
}
