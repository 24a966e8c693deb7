import { describe, expect, it } from "vitest";
import { readJson, readLimitedText, MAX_BODY_BYTES } from "@/lib/server/http/body";
import { nestsDeeperThan } from "@/lib/server/http/json-depth";
import { isDatabaseUnavailable, isUnstorableText } from "@/lib/core/database-errors";
import { AppError } from "@/lib/core/errors";
import { assertSameOrigin } from "@/lib/server/http/origin";
import { errorResponse } from "@/lib/server/http/respond";
import { fieldsOf } from "@/lib/core/validation";
import { signUpSchema } from "@/lib/schemas/accounts";
import { fieldWords } from "@/lib/core/i18n/field-words";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return "none";
  } catch (error) {
    return error instanceof AppError ? error.code : "other";
  }
};

describe("assertSameOrigin", () => {
  const host = (origin?: string, extra: Record<string, string> = {}) =>
    new Headers({ host: "clarity.example:3000", ...(origin === undefined ? {} : { origin }), ...extra });

  it("lets same-origin and origin-less requests through", () => {
    expect(codeOf(() => assertSameOrigin(host("http://clarity.example:3000")))).toBe("none");
    expect(codeOf(() => assertSameOrigin(host()))).toBe("none");
    expect(
      codeOf(() =>
        assertSameOrigin(
          new Headers({ host: "127.0.0.1:3000", origin: "https://app.clarity.org" }),
          "https://app.clarity.org",
        ),
      ),
    ).toBe("none");
  });

  it("refuses foreign, null and malformed origins and cross-site fetches", () => {
    expect(codeOf(() => assertSameOrigin(host("https://evil.example")))).toBe("cross_site");
    expect(codeOf(() => assertSameOrigin(host("null")))).toBe("cross_site");
    expect(codeOf(() => assertSameOrigin(host("http://clarity.example:3001")))).toBe("cross_site");
    expect(codeOf(() => assertSameOrigin(host(undefined, { "sec-fetch-site": "cross-site" })))).toBe("cross_site");
  });
});

describe("request bodies", () => {
  const post = (body: BodyInit, type = "application/json", headers: Record<string, string> = {}) =>
    new Request("http://localhost/api", { method: "POST", body, headers: { "content-type": type, ...headers } });

  it("refuses a declared or streamed body over 1 MB with 413", async () => {
    await expect(
      readLimitedText(post("x", "text/plain", { "content-length": String(MAX_BODY_BYTES + 1) })),
    ).rejects.toMatchObject({ code: "payload_too_large" });
    const stream = new ReadableStream({
      pull(controller) {
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const streamed = new Request("http://localhost/api", {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    await expect(readLimitedText(streamed)).rejects.toMatchObject({ code: "payload_too_large" });
  });

  it("refuses JSON nested deeper than 32 levels with 400 before parsing it, for every JSON body", async () => {
    const nested = (depth: number, open = "[", close = "]") => `${open.repeat(depth)}${close.repeat(depth)}`;
    for (const body of [nested(5_000), nested(33), nested(33, '{"a":', "}"), `{"x":${nested(40)}}`]) {
      const refusal = await readJson(post(body), signUpSchema).catch((error: unknown) => error);
      expect(refusal).toMatchObject({ code: "bad_request", fields: { _: { key: "validation.tooDeep" } } });
    }
    expect(nestsDeeperThan(nested(32))).toBe(false);
    expect(nestsDeeperThan(nested(33))).toBe(true);
    // Brackets inside strings are text, escaped quotes included.
    expect(nestsDeeperThan(JSON.stringify({ text: "[".repeat(100), quote: '\\"[[[[' }))).toBe(false);
    // A shallow body goes on to the schema, whatever its size.
    await expect(readJson(post(JSON.stringify({ token: "[".repeat(10_000) })), signUpSchema)).rejects.toMatchObject({
      code: "validation_failed",
    });
  });

  it("says the limit in a refusal for size", async () => {
    const refusal = await readLimitedText(
      post("x", "application/json", { "content-length": String(20 * 1024 * 1024 + 1) }),
      20 * 1024 * 1024,
    ).catch((error: unknown) => error);
    expect(refusal).toMatchObject({
      code: "payload_too_large",
      fields: { _: { key: "validation.bodyTooLarge", values: { megabytes: 20 } } },
    });
    expect(fieldWords((refusal as AppError).fields!)).toEqual({ _: "The limit is 20 MB." });
  });

  it("reads JSON only when it is declared as JSON", async () => {
    await expect(readJson(post("{}", "text/plain"), signUpSchema)).rejects.toMatchObject({
      code: "unsupported_media_type",
    });
    await expect(readJson(post("{not json"), signUpSchema)).rejects.toMatchObject({ code: "bad_request" });
    await expect(readJson(post('{"token":"x"}'), signUpSchema)).rejects.toMatchObject({ code: "validation_failed" });
  });
});

describe("error answers", () => {
  it("use the documented shape with a human message", async () => {
    const response = errorResponse("rate_limited", undefined, {}, { minutes: 15 });
    expect(response.status).toBe(429);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      error: { code: "rate_limited", message: "Too many attempts. Please wait 15 minutes and try again." },
    });
  });

  it("translate zod issues into per-field messages, naming unknown fields", () => {
    const result = signUpSchema.safeParse({
      token: "t",
      name: "A",
      email: "bad",
      password: "long enough",
      role: "admin",
    });
    expect(fieldsOf(result.error!)).toEqual({ email: "validation.email", role: "validation.unknownField" });
    expect(fieldWords(fieldsOf(result.error!))).toEqual({
      email: "Enter a valid email address.",
      role: "This field is not accepted.",
    });
  });

  it("recognise an unreachable database through wrapped errors", () => {
    expect(isDatabaseUnavailable({ cause: { code: "ECONNREFUSED" } })).toBe(true);
    expect(isDatabaseUnavailable({ code: "57P01" })).toBe(true);
    expect(isDatabaseUnavailable({ cause: { code: "55000" } })).toBe(true);
    expect(isDatabaseUnavailable({ code: "53300" })).toBe(true);
    expect(isDatabaseUnavailable({ code: "08006" })).toBe(true);
    expect(isDatabaseUnavailable({ code: "23505" })).toBe(false);
    expect(isDatabaseUnavailable({ cause: { code: "57014" } })).toBe(true);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isUnstorableText({ cause: { code: "22021" } })).toBe(true);
    expect(isUnstorableText({ code: "23505" })).toBe(false);
  });
});
