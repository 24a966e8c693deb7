import { afterEach, describe, expect, it } from "vitest";
import { statementCounter, statementsCounted } from "@/lib/server/diagnostics/statement-counter";

const TOKEN = "b".repeat(48);
const original = process.env.BENCH_DIAGNOSTICS_TOKEN;

afterEach(() => {
  if (original === undefined) delete process.env.BENCH_DIAGNOSTICS_TOKEN;
  else process.env.BENCH_DIAGNOSTICS_TOKEN = original;
});

describe("the benchmark's statement counter", () => {
  it("is off, and answers nobody, without a token in the environment", () => {
    delete process.env.BENCH_DIAGNOSTICS_TOKEN;
    expect(statementCounter()).toBeUndefined();
    expect(statementsCounted(TOKEN)).toBeUndefined();
  });

  it("stays off with a short token", () => {
    process.env.BENCH_DIAGNOSTICS_TOKEN = "short-token";
    expect(statementCounter()).toBeUndefined();
    expect(statementsCounted("short-token")).toBeUndefined();
  });

  it("counts statements and tells only the holder of the token", () => {
    process.env.BENCH_DIAGNOSTICS_TOKEN = TOKEN;
    const logger = statementCounter()!;
    const before = statementsCounted(TOKEN)!;
    logger.logQuery("select 1", []);
    logger.logQuery("select 2", []);
    expect(statementsCounted(TOKEN)).toBe(before + 2);
    expect(statementsCounted(null)).toBeUndefined();
    expect(statementsCounted("c".repeat(48))).toBeUndefined();
    expect(statementsCounted(TOKEN.slice(1))).toBeUndefined();
  });
});
