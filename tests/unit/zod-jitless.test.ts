import { describe, expect, it } from "vitest";

describe("lib/core/zod-jitless", () => {
  it("turns zod's jitless setting on where zod reads it, so no schema probes Function()", async () => {
    await import("@/lib/core/zod-jitless");
    const { z } = await import("zod");
    expect(z.config().jitless).toBe(true);
    // A schema built now parses without compiling anything, and still refuses unknown keys.
    const schema = z.strictObject({ name: z.string() });
    expect(schema.parse({ name: "Ana" })).toEqual({ name: "Ana" });
    expect(schema.safeParse({ name: "Ana", extra: 1 }).success).toBe(false);
  });
});
