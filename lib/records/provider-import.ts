import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { children } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { readFamily } from "@/lib/care-team/scope";
import { createProviders } from "@/lib/care-team/providers";
import { familyStateOf } from "@/lib/care-team/provider-credentials";
import type { IdempotentRequest } from "@/lib/idempotency/request-key";
import type { ProviderDto } from "@/lib/care-team/dto";
import { AppError, type FieldMessage } from "@/lib/core/errors";
import { messageWords } from "@/lib/core/i18n/field-words";
import type { ProviderCreateInput } from "@/lib/schemas/care-team";
import { parseProviderCsv, type CsvProblem } from "./provider-csv";

type ImportProblemDto = { row: number; column: string | null; message: string };
type ImportPreviewDto = {
  rows: { row: number; provider: ProviderCreateInput | null; problems: ImportProblemDto[] }[];
  problems: ImportProblemDto[];
  ready: boolean;
};

/** A problem as a message, always starting with its row number; worded where the reader is known. */
function problemMessage(problem: CsvProblem): FieldMessage {
  const values = problem.values ?? {};
  const detail: FieldMessage =
    problem.key === "invalid" ? String(values.message) : { key: `providerImport.problems.${problem.key}`, values };
  return problem.column
    ? {
        key: "providerImport.rowColumnProblem",
        values: { row: problem.row, column: { key: `providerImport.columns.${problem.column}` }, problem: detail },
      }
    : { key: "providerImport.rowProblem", values: { row: problem.row, problem: detail } };
}

/** A problem in the reader's words. */
function describeProblem(problem: CsvProblem, locale?: string): ImportProblemDto {
  return { row: problem.row, column: problem.column, message: messageWords(problemMessage(problem), locale) };
}

async function childrenOf(db: Executor, familyId: string) {
  return db
    .select({ id: children.id, name: children.name })
    .from(children)
    .where(eq(children.familyId, familyId))
    .orderBy(asc(children.createdAt), asc(children.id));
}

/** The CSV read against the family's children, once the actor may see its providers. */
async function parseForFamily(actor: Actor, familyId: string, csv: string) {
  const db = await getDb();
  await readFamily(db, actor, familyId, "providers");
  const [familyChildren, state] = await Promise.all([childrenOf(db, familyId), familyStateOf(db, familyId)]);
  return parseProviderCsv(csv, familyChildren, state);
}

/** What the CSV would add, row by row, with every problem; writes nothing. */
export async function previewProviderImport(actor: Actor, familyId: string, csv: string): Promise<ImportPreviewDto> {
  const result = await parseForFamily(actor, familyId, csv);
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
export async function importProviderCsv(
  actor: Actor,
  familyId: string,
  csv: string,
  request: IdempotentRequest | null = null,
): Promise<ProviderDto[]> {
  const result = await parseForFamily(actor, familyId, csv);
  if (result.problems.length > 0 || result.rows.length === 0) {
    const fields = Object.fromEntries(
      result.problems.map((problem) => [`rows.${problem.row}.${problem.column ?? "_"}`, problemMessage(problem)]),
    );
    throw new AppError(
      "validation_failed",
      Object.keys(fields).length > 0 ? fields : { csv: "providerImport.problems.empty" },
    );
  }
  return createProviders(
    actor,
    familyId,
    result.rows.map((row) => row.input!),
    request,
  );
}
