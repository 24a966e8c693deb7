import { z } from "zod";
import { usStateField } from "./families";
import { contentLocaleField } from "./fields";

/**
 * GET /api/v1/catalog: English unless `?locale=` asks for another language; `?state=TX` keeps
 * the national entries and that state's own titles.
 */
export const catalogQuerySchema = z.strictObject({ locale: contentLocaleField, state: usStateField.optional() });
