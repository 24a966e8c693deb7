import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { children } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { readFamily } from "@/lib/care-team/scope";
import { createProviders } from "@/lib/care-team/providers";
import type { IdempotentRequest } from "@/lib/idempotency/request-key";
import type { ProviderDto } from "@/lib/care-team/dto";
import { AppError } from "@/lib/core/errors";
import { translatorFor } from "@/lib/core/i18n/translator";
import type { ProviderCreateInput } from "@/lib/schemas/care-team";
import { parseProviderCsv, type CsvProblem } from "./provider-csv";

export type ImportProblemDto = { row: number; column: string | null; message: string };
export type ImportPreviewDto = {
  rows: { row: number; provider: ProviderCreateInput | null; problems: ImportProblemDto[] }[];
  problems: ImportProblemDto[];
  ready: boolean;
};

/** A problem in the reader's words, always starting with its row number. */
export function describeProblem(problem: CsvProblem, locale?: string): ImportProblemDto {
  const t = translatorFor(locale);
  const values = problem.values ?? {};
  const detail =
    problem.key === "invalid"
      ? t.has(String(values.message) as never)
        ? t(String(values.message) as never)
        : t("validation.invalid")
      : t(`providerImport.problems.${problem.key}` as never, values as never);
  const message = problem.column
    ? t("providerImport.rowColumnProblem", { row: problem.row, column: t(`providerImport.columns.${problem.column}` as never), problem: detail })
    : t("providerImport.rowProblem", { row: problem.row, problem: detail });
  return { row: problem.row, column: problem.column, message };
}

async function childrenOf(db: Executor, familyId: string) {
  return db.select({ id: children.id, name: children.name }).from(children).where(eq(children.familyId, familyId)).orderBy(asc(children.createdAt), asc(children.id));
}

/** What the CSV would add, row by row, with every problem; writes nothing. */
export async function previewProviderImport(actor: Actor, familyId: string, csv: string): Promise<ImportPreviewDto> {
  const db = await getDb();
  await readFamily(db, actor, familyId, "providers");
  const result = parseProviderCsv(csv, await childrenOf(db, familyId));
  const describe = (problem: CsvProblem) => describeProblem(problem);
  return {
    rows: result.rows.map((row) => ({ row: row.row, provider: row.input, problems: row.problems.map(describe) })),
    problems: result.problems.map(describe),
    ready: result.problems.length === 0 && result.rows.length > 0,
  };
}

/**
 * Adds every provider of the CSV in one transaction, each with its "added" event, or, when any
 * row has a problem, nothing at all: a 400 whose fields name each row ("rows.3.startOn").
 */
export async function importProviderCsv(actor: Actor, familyId: string, csv: string, request: IdempotentRequest | null = null): Promise<ProviderDto[]> {
  const preview = await previewProviderImport(actor, familyId, csv);
  if (!preview.ready) {
    const fields = Object.fromEntries(preview.problems.map((problem) => [`rows.${problem.row}.${problem.column ?? "_"}`, problem.message]));
    throw new AppError("validation_failed", Object.keys(fields).length > 0 ? fields : { csv: translatorFor()("providerImport.problems.empty") });
  }
  return createProviders(actor, familyId, preview.rows.map((row) => row.provider!), request);
}
