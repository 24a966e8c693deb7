import crypto from "node:crypto";
import { beforeAll, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/identity/actor";
import { IMPORT_LIMITS } from "@/lib/schemas/limits";
import { loadRoute } from "./support/api-routes";
import { describeEachDatabase } from "./support/databases";
import { makeActor, makeFamily } from "./support/factories";
import { signedIn } from "./support/signed-in";

vi.mock("@/lib/server/auth/current-user", () => import("./support/signed-in"));

const person = { id: crypto.randomUUID(), name: "Morgan Ellis", role: "coach" };
const exportOf = (parts: Record<string, unknown>) => ({
  format: "clarity.family-export",
  version: 1,
  exportedAt: "2026-01-01T00:00:00.000Z",
  family: { id: crypto.randomUUID(), name: "The Lee family" },
  children: [],
  providers: [],
  events: [],
  messages: [],
  ...parts,
});
const message = { id: crypto.randomUUID(), at: "2025-06-01T10:00:00.000Z", author: person, body: "Hi" };

describeEachDatabase("the import's limits", (context) => {
  let parent: Actor, coach: Actor;
  let familyId: string;

  beforeAll(async () => {
    [parent, coach] = await Promise.all([
      makeActor(context.handle.db, "parent"),
      makeActor(context.handle.db, "coach"),
    ]);
    familyId = (await makeFamily(context.handle.db, { parents: [parent], coach })).id;
  });

  async function post(actor: Actor, body: string, headers: Record<string, string> = {}) {
    signedIn.actor = actor;
    const route = await loadRoute("families/[familyId]/import");
    const response = await route.POST!(
      new Request(`http://localhost/api/v1/families/${familyId}/import`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
      }),
      { params: Promise.resolve({ familyId }) },
    );
    return { status: response.status, body: (await response.json()) as { error?: { code: string; fields?: object } } };
  }

  it("more records than the README allows answer 413, naming the list and its limit", async () => {
    for (const [field, parts, max] of [
      ["messages", { messages: Array(IMPORT_LIMITS.messages + 1).fill(message) }, IMPORT_LIMITS.messages],
      ["children", { children: Array(IMPORT_LIMITS.children + 1).fill({}) }, IMPORT_LIMITS.children],
      ["providers", { providers: Array(IMPORT_LIMITS.providers + 1).fill({}) }, IMPORT_LIMITS.providers],
      ["events", { events: Array(IMPORT_LIMITS.events + 1).fill({}) }, IMPORT_LIMITS.events],
      [
        "children.0.needs",
        { children: [{ needs: Array(IMPORT_LIMITS.needsPerChild + 1).fill({}) }] },
        IMPORT_LIMITS.needsPerChild,
      ],
    ] as const) {
      const answer = await post(parent, JSON.stringify(exportOf(parts)));
      expect(answer.status, field).toBe(413);
      expect(answer.body.error).toMatchObject({
        code: "payload_too_large",
        fields: { [field]: `Too many entries: one import takes at most ${max.toLocaleString("en-US")}.` },
      });
    }
  });

  it("a body over 20 MB answers 413 saying the limit; within it, the file is read (here: 409, the family has a record)", async () => {
    const over = await post(parent, "{}", { "content-length": String(IMPORT_LIMITS.bytes + 1) });
    expect(over).toMatchObject({
      status: 413,
      body: { error: { code: "payload_too_large", fields: { _: "The limit is 20 MB." } } },
    });
    await post(parent, JSON.stringify(exportOf({ messages: [message] })));
    const again = await post(parent, JSON.stringify(exportOf({ messages: [message] })));
    expect(again).toMatchObject({ status: 409, body: { error: { code: "conflict" } } });
  });

  it("only the family's parents get as far as the body: its coach is refused first, whatever it sends", async () => {
    expect(await post(coach, "{ not even json", { "content-length": String(IMPORT_LIMITS.bytes * 2) })).toMatchObject({
      status: 403,
      body: { error: { code: "forbidden" } },
    });
  });
});
