import { z } from "zod";
import { contentLocaleField } from "./fields";

/** GET /api/v1/catalog: English unless `?locale=` asks for another language. */
export const catalogQuerySchema = z.strictObject({ locale: contentLocaleField });
