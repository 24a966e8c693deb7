import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/identity/actor";
import { createChild } from "@/lib/care-team/children";
import { createNeed } from "@/lib/care-team/needs";
import { createProvider } from "@/lib/care-team/providers";
import { htmlToPdf } from "@/lib/pdf/chromium";
import { meetingPacket, PACKET_REQUESTS_MAX, PACKET_UPDATES_MAX } from "@/lib/packet/packet";
import { packetDocumentHtml } from "@/lib/packet/packet-html";
import { packetWordsIn } from "@/lib/packet/packet-words";
import { pdfPageCount } from "@/lib/letters/pdf-pages";
import { createRequest } from "@/lib/requests/requests";
import { addRequestUpdate } from "@/lib/requests/updates";
import { requestCreateSchema, requestUpdateCreateSchema } from "@/lib/schemas/requests";
import { describeEachDatabase } from "./support/databases";
import { expectAppError } from "./support/assertions";
import { makeActor, makeFamily } from "./support/factories";

const ON = "2026-11-25";
const NOW = new Date(`${ON}T18:00:00Z`);

describeEachDatabase("the meeting packet", (context) => {
  const db = () => context.handle.db;
  let parent: Actor, coach: Actor, otherParent: Actor;
  let familyId: string, childId: string, siblingId: string;
  let overdueId: string;

  beforeAll(async () => {
    [parent, coach, otherParent] = await Promise.all([
      makeActor(db(), "parent"),
      makeActor(db(), "coach"),
      makeActor(db(), "parent"),
    ]);
    familyId = (await makeFamily(db(), { parents: [parent], coach, state: "OR" })).id;
    await makeFamily(db(), { parents: [otherParent] });
    childId = (await createChild(parent, familyId, { name: "Jordan", birthYear: 2015 })).id;
    siblingId = (await createChild(parent, familyId, { name: "Riley", birthYear: 2017 })).id;
    await createNeed(parent, familyId, childId, { needId: "trauma", identifiedOn: "2025-06-02" });
    await createProvider(parent, familyId, {
      name: "Dana Reyes",
      statedTitle: "Therapist",
      credentialId: "qmha",
      childIds: [childId],
      servicesDelivered: ["individual-therapy", "family-therapy"],
      startOn: "2025-09-01",
    });
    const long = (label: string) =>
      `${label} ${"and then they said they would call back about it ".repeat(40)}`.slice(0, 2000);
    // Ten open requests about Jordan, each with seven updates and the longest texts allowed.
    for (let index = 0; index < 10; index++) {
      const created = await createRequest(
        parent,
        familyId,
        requestCreateSchema.parse({
          kind: "service-request",
          to: { name: `Agency ${index}`, organization: "Trillium" },
          childIds: [childId],
          serviceIds: ["family-therapy"],
          askedOn: `2026-10-${String(index + 10).padStart(2, "0")}`,
          channel: "email",
          summary: long(`Request ${index}:`),
          dueOn: index === 0 ? "2026-10-24" : "2026-12-20",
        }),
        null,
        NOW,
      );
      if (index === 0) overdueId = created.id;
      for (let update = 0; update < 7; update++)
        await addRequestUpdate(
          parent,
          familyId,
          created.id,
          requestUpdateCreateSchema.parse({
            on: `2026-11-${String(update + 10).padStart(2, "0")}`,
            note: long(`Update ${update}:`),
          }),
          null,
          NOW,
        );
    }
    // Not in Jordan's packet: one about Riley, one already granted.
    await createRequest(
      parent,
      familyId,
      requestCreateSchema.parse({
        kind: "school-evaluation",
        to: { name: "Lincoln Elementary" },
        childIds: [siblingId],
        askedOn: "2026-11-01",
        channel: "letter",
        summary: "About Riley",
      }),
      null,
      NOW,
    );
    const granted = await createRequest(
      parent,
      familyId,
      requestCreateSchema.parse({
        kind: "records-request",
        to: { name: "Clinic" },
        childIds: [childId],
        askedOn: "2026-11-02",
        channel: "portal",
        summary: "Granted one",
      }),
      null,
      NOW,
    );
    await addRequestUpdate(
      parent,
      familyId,
      granted.id,
      requestUpdateCreateSchema.parse({ on: "2026-11-03", note: "Sent", status: "granted" }),
      null,
      NOW,
    );
  });

  it("gathers the summary, the gaps over time and the open requests, overdue first, on the day asked", async () => {
    const packet = await meetingPacket(parent, familyId, childId, ON);
    expect(packet.on).toBe(ON);
    expect(packet.summary.child.name).toBe("Jordan");
    expect(packet.chart.to).toBe(ON);
    expect(packet.chart.rows.map((row) => row.serviceId)).toEqual(packet.summary.gaps.map((gap) => gap.serviceId));
    const trauma = packet.chart.rows.find((row) => row.serviceId === "trauma-treatment")!;
    expect(trauma.intervals.at(-1)).toMatchObject({ status: "missing", from: "2025-06-02", to: null });
    expect(packet.requests).toHaveLength(PACKET_REQUESTS_MAX);
    expect(packet.moreRequests).toBe(10 - PACKET_REQUESTS_MAX);
    expect(packet.requests[0]).toMatchObject({ id: overdueId, overdue: true });
    expect(packet.requests.slice(1).every((request) => !request.overdue)).toBe(true);
    expect(packet.requests.every((request) => request.childIds.includes(childId) && request.status === "open")).toBe(
      true,
    );
    expect(packet.requests[0]!.updates.map((update) => update.on)).toEqual(["2026-11-14", "2026-11-15", "2026-11-16"]);
    expect(packet.requests[0]!.earlierUpdates).toBe(7 - PACKET_UPDATES_MAX);

    // On an earlier day nothing was overdue yet, and later updates are not there.
    const before = await meetingPacket(parent, familyId, childId, "2026-10-20");
    expect(before.requests.every((request) => !request.overdue)).toBe(true);
    expect(before.requests.every((request) => request.updates.length === 0)).toBe(true);
  });

  it("is the family's and its coach's alone", async () => {
    expect((await meetingPacket(coach, familyId, childId, ON)).requests).toHaveLength(PACKET_REQUESTS_MAX);
    await expectAppError(meetingPacket(otherParent, familyId, childId, ON), "not_found");
  });

  it("prints on at most four pages, in English and Spanish, on either paper", async () => {
    const packet = await meetingPacket(parent, familyId, childId, ON);
    for (const locale of ["en", "es"]) {
      const html = packetDocumentHtml(packet, packetWordsIn(locale));
      expect(html).toContain(locale === "en" ? "Overdue: an answer was due Oct 24, 2026." : "Vencida");
      expect(html).toContain(
        locale === "en" ? "2 more open requests are in Clarity." : "2 solicitudes abiertas más están en Clarity.",
      );
      for (const paper of ["letter", "a4"] as const) {
        const pages = pdfPageCount(await htmlToPdf(html, paper, parent.id));
        expect(pages, `${locale} ${paper}`).toBeGreaterThanOrEqual(3);
        expect(pages, `${locale} ${paper}`).toBeLessThanOrEqual(4);
      }
    }
  }, 60_000);
});
