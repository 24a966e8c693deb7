import type { APIRequestContext } from "@playwright/test";
import { DEMO, expect, expectError, test } from "./support/accounts";

type Child = { id: string; name: string; birthYear: number | null };
type Provider = { id: string; name: string; childIds: string[]; credentialId: string; endOn: string | null };

async function created<T>(response: Awaited<ReturnType<APIRequestContext["post"]>>, key: string): Promise<T> {
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as Record<string, T>;
  expect(Object.keys(body)).toEqual([key]);
  return body[key]!;
}

test("the catalog is public and holds credentials, services and needs", async ({ newApi }) => {
  const response = await (await newApi()).get("/api/v1/catalog");
  expect(response.status()).toBe(200);
  const catalog = (await response.json()) as {
    credentials: { id: string; nuccCode?: string }[];
    services: { id: string; qualifiedCredentialIds: string[] }[];
    needs: { id: string; services: string[] }[];
  };
  expect(catalog.credentials.find((c) => c.id === "lcsw")?.nuccCode).toBe("1041C0700X");
  expect(catalog.services.find((s) => s.id === "family-therapy")?.qualifiedCredentialIds).toContain("lmft");
  expect(catalog.needs.find((n) => n.id === "trauma")?.services).toContain("trauma-treatment");
});

test("a family records its child, needs and providers, and reads gaps, timeline and history", async ({
  newParent,
  signedIn,
}) => {
  const parent = await newParent({ familyName: "API care family" });
  const api = await signedIn(parent.email, parent.password);
  const base = `/api/v1/families/${parent.family.id}`;

  const child = await created<Child>(
    await api.post(`${base}/children`, { data: { name: "Jordan", birthYear: 2015 } }),
    "child",
  );
  expect(child).toMatchObject({ name: "Jordan", birthYear: 2015 });
  const need = await created<{ id: string }>(
    await api.post(`${base}/children/${child.id}/needs`, { data: { needId: "trauma", identifiedOn: "2026-01-05" } }),
    "need",
  );
  const provider = await created<Provider>(
    await api.post(`${base}/providers`, {
      data: {
        name: "Dana Reyes",
        statedTitle: "Therapist",
        credentialId: "qmha",
        childIds: [child.id],
        servicesDelivered: ["individual-therapy"],
        startOn: "2026-02-01",
        agency: "Bridgeway",
        answers: { licensed: { answer: "No, a QMHA.", askedOn: "2026-02-03" } },
      },
    }),
    "provider",
  );

  expect(
    ((await (await api.get(`${base}/children`)).json()) as { children: Child[] }).children.map((c) => c.id),
  ).toEqual([child.id]);
  expect(
    ((await (await api.get(`${base}/children/${child.id}/needs`)).json()) as { needs: { id: string }[] }).needs.map(
      (n) => n.id,
    ),
  ).toEqual([need.id]);
  expect(
    ((await (await api.get(`${base}/providers`)).json()) as { providers: Provider[] }).providers.map((p) => p.id),
  ).toEqual([provider.id]);
  expect(
    ((await (await api.get(`${base}/providers/${provider.id}`)).json()) as { provider: Provider }).provider.name,
  ).toBe("Dana Reyes");

  const gapsResponse = await api.get(`${base}/gaps?on=2026-03-01`);
  expect(gapsResponse.status()).toBe(200);
  const gaps = (await gapsResponse.json()) as {
    on: string;
    children: { childId: string; services: Record<string, unknown>[] }[];
    flags: { providerId: string }[];
  };
  expect(gaps.on).toBe("2026-03-01");
  expect(gaps.children[0]!.childId).toBe(child.id);
  const therapy = gaps.children[0]!.services.find((s) => s.serviceId === "individual-therapy")!;
  expect(therapy).toMatchObject({ status: "mismatch", since: "2026-02-01", days: 28, providerIds: [provider.id] });
  expect(typeof therapy.reason).toBe("string");
  expect(gaps.children[0]!.services.find((s) => s.serviceId === "trauma-treatment")).toMatchObject({
    status: "missing",
    since: "2026-01-05",
    days: 55,
    providerIds: [],
  });
  expect(gaps.flags.map((flag) => flag.providerId)).toEqual([provider.id]);
  // The answered question is no longer among the ones to ask.
  expect((gaps.flags[0] as unknown as { questionIds: string[] }).questionIds).not.toContain("licensed");

  const timeline = (await (await api.get(`${base}/timeline?from=2026-01-05&to=2026-03-30&step=week`)).json()) as {
    dates: string[];
    children: { services: { serviceId: string; statuses: (string | null)[] }[]; events: unknown[] }[];
  };
  expect(timeline.dates).toHaveLength(13);
  // What changed inside the range, by date, with the provider's name and the title they gave.
  expect(timeline.children[0]!.events).toEqual([
    { date: "2026-01-05", kind: "need-identified", subjectId: need.id, catalogId: "trauma" },
    {
      date: "2026-02-01",
      kind: "provider-started",
      subjectId: provider.id,
      providerName: "Dana Reyes",
      statedTitle: "Therapist",
    },
  ]);
  expect(
    timeline.children[0]!.services.find((s) => s.serviceId === "trauma-treatment")!.statuses.every(
      (status) => status === "missing",
    ),
  ).toBe(true);

  const patched = await api.patch(`${base}/providers/${provider.id}`, { data: { endOn: "2026-04-30" } });
  expect(patched.status()).toBe(200);
  expect(((await patched.json()) as { provider: Provider }).provider.endOn).toBe("2026-04-30");
  const events = (await (await api.get(`${base}/events?limit=10`)).json()) as {
    events: { action: string }[];
    nextCursor: string | null;
  };
  expect(events.events.map((e) => e.action)).toEqual(["provider.ended", "provider.added", "need.added", "child.added"]);

  expect((await api.delete(`${base}/providers/${provider.id}`)).status()).toBe(204);
  expect((await api.get(`${base}/providers/${provider.id}`)).status()).toBe(404);
});

test("bad input answers 400 with per-field messages and writes nothing", async ({ newParent, signedIn }) => {
  const parent = await newParent({ familyName: "API validation family" });
  const api = await signedIn(parent.email, parent.password);
  const base = `/api/v1/families/${parent.family.id}`;
  const child = await created<Child>(await api.post(`${base}/children`, { data: { name: "Sky" } }), "child");
  const provider = {
    name: "X",
    statedTitle: "Therapist",
    credentialId: "lcsw",
    childIds: [child.id],
    servicesDelivered: ["individual-therapy"],
    startOn: "2026-03-01",
  };

  const cases: [string, unknown, string][] = [
    [`${base}/providers`, { ...provider, endOn: "2026-02-01" }, "endOn"],
    [`${base}/providers`, { ...provider, startOn: "0000-00-00" }, "startOn"],
    [`${base}/providers`, { ...provider, credentialId: "not a credential!" }, "credentialId"],
    [`${base}/providers`, { ...provider, role: "coach" }, "role"],
    [`${base}/providers`, { ...provider, childIds: ["3b241101-e2bb-4255-8caf-4136c566a962"] }, "childIds"],
    [
      `${base}/children/${child.id}/needs`,
      { needId: "trauma", identifiedOn: "2026-03-01", resolvedOn: "2026-02-01" },
      "resolvedOn",
    ],
    [`${base}/children/${child.id}/needs`, { needId: "not-a-need", identifiedOn: "2026-03-01" }, "needId"],
    [`${base}/children`, { name: "", familyId: parent.family.id }, "name"],
    [
      `${base}/providers`,
      { ...provider, answers: { "is-it-magic": { answer: "yes", askedOn: "2026-03-01" } } },
      "answers.is-it-magic",
    ],
  ];
  for (const [path, data, field] of cases) {
    const body = await expectError(await api.post(path, { data }), 400, "validation_failed");
    expect(body.error.fields, `${path} ${JSON.stringify(data)}`).toHaveProperty([field]);
  }
  // Well formed, but no credential Clarity knows (which ones exist depends on the family's state): 422.
  const unknown = await expectError(
    await api.post(`${base}/providers`, { data: { ...provider, credentialId: "wizard" } }),
    422,
    "unprocessable",
  );
  expect(unknown.error.fields).toHaveProperty(["credentialId"]);
  expect(((await (await api.get(`${base}/providers`)).json()) as { providers: unknown[] }).providers).toEqual([]);
  expect(((await (await api.get(`${base}/children/${child.id}/needs`)).json()) as { needs: unknown[] }).needs).toEqual(
    [],
  );
  expect(((await (await api.get(`${base}/children`)).json()) as { children: unknown[] }).children).toHaveLength(1);
  await expectError(await api.get(`${base}/timeline?from=2026-05-01&to=2026-01-01`), 400, "validation_failed");
  await expectError(await api.get(`${base}/gaps?on=tomorrow`), 400, "validation_failed");
});

test("another family's parent and signed-out visitors cannot reach a family's care records", async ({
  newParent,
  signedIn,
  newApi,
}) => {
  const owner = await newParent({ familyName: "Owner family" });
  const outsider = await newParent({ familyName: "Outsider family" });
  const ownerApi = await signedIn(owner.email, owner.password);
  const base = `/api/v1/families/${owner.family.id}`;
  const child = await created<Child>(
    await ownerApi.post(`${base}/children`, { data: { name: "Canary-Child-7f3" } }),
    "child",
  );

  const outsiderApi = await signedIn(outsider.email, outsider.password);
  for (const path of ["children", `children/${child.id}/needs`, "providers", "gaps", "timeline", "events"]) {
    const response = await outsiderApi.get(`${base}/${path}`);
    await expectError(response, 404, "not_found");
  }
  await expectError(await outsiderApi.post(`${base}/children`, { data: { name: "Intruder" } }), 404, "not_found");
  await expectError(
    await outsiderApi.patch(`${base}/children/${child.id}`, { data: { name: "Renamed" } }),
    404,
    "not_found",
  );
  await expectError(await (await signedIn(DEMO.admin)).get(`${base}/providers`), 404, "not_found");
  await expectError(await (await newApi()).get(`${base}/providers`), 401, "unauthenticated");
  // The family's own coach sees it.
  expect((await (await signedIn(DEMO.coach)).get(`${base}/children`)).status()).toBe(200);
  expect(((await (await ownerApi.get(`${base}/children`)).json()) as { children: Child[] }).children[0]!.name).toBe(
    "Canary-Child-7f3",
  );
});
