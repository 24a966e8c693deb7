import "server-only";
import { statementsCounted } from "./statement-counter";

/** The benchmark's statement count for a caller holding its token; undefined otherwise or when off. */
export const benchStatementCount = (request: Request): number | undefined =>
  statementsCounted(request.headers.get("x-bench-token"));
