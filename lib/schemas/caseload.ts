import { z } from "zod";
import { idField } from "./fields";

const CASELOAD_PAGE_DEFAULT = 50;
const CASELOAD_PAGE_MAX = 200;
const TAG_MAX_CHARS = 40;

const FLAG_FILTERS = ["safety-gap", "unread", "inactive", "archived", "overdue-requests"] as const;
export type CaseloadFlagFilter = (typeof FLAG_FILTERS)[number];

/** One filter: a flag, or `tag:<name>` for families carrying that tag. */
const filterValue = z.union([
  z.enum(FLAG_FILTERS).transform((flag) => ({ flag })),
  z
    .string()
    .regex(/^tag:.+$/su)
    .transform((value) => ({ tag: value.slice(4).trim().toLowerCase() }))
    .refine(({ tag }) => tag.length > 0 && Array.from(tag).length <= TAG_MAX_CHARS),
]);

/** `filter` may repeat or hold a comma-separated list: `filter=safety-gap,tag:waitlist`. */
const filterList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((item) => item.split(","))
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .pipe(z.array(filterValue, { error: "validation.caseloadFilter" }).max(10, { error: "validation.caseloadFilter" }));

export const caseloadQuerySchema = z
  .object({
    sort: z.enum(["priority", "name", "activity"], { error: "validation.caseloadSort" }).default("priority"),
    filter: filterList.optional(),
    q: z.string().trim().max(100, { error: "validation.searchTooLong" }).optional(),
    cursor: z.string().max(2000, { error: "validation.cursor" }).optional(),
    limit: z.coerce
      .number({ error: "validation.invalid" })
      .int()
      .min(1)
      .max(CASELOAD_PAGE_MAX)
      .default(CASELOAD_PAGE_DEFAULT),
    // Admins only (their listing of the practice): one coach's families.
    coach: idField.optional(),
  })
  .strict()
  .transform(({ filter = [], ...rest }) => ({
    ...rest,
    flags: filter.flatMap((item) => ("flag" in item ? [item.flag] : [])),
    tags: filter.flatMap((item) => ("tag" in item ? [item.tag] : [])),
  }));

export type CaseloadQuery = z.infer<typeof caseloadQuerySchema>;

export const caseloadTrendsQuerySchema = z.object({}).strict();
