import type { Page } from "@playwright/test";
import { DEMO, expect, expectError, test } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { openStep, signInThroughUi } from "./support/ui";

const htmlLang = (page: Page) => page.locator("html").getAttribute("lang");

test("a parent switches to Spanish, adds a provider, and reads the gaps and an article in Spanish", async ({
  page,
  newParent,
  signedIn,
  browser,
}) => {
  test.setTimeout(120_000);
  const parent = await newParent({ familyName: "Familia Morales" });
  const familyId = parent.family.id;
  // A child with a need, through the API: this test is about the language, not the forms.
  const api = await signedIn(parent.email, parent.password);
  const child = await api.post(`/api/v1/families/${familyId}/children`, { data: { name: "Mateo", birthYear: 2016 } });
  expect(child.status()).toBe(201);
  const { child: mateo } = (await child.json()) as { child: { id: string } };
  expect(
    (
      await api.post(`/api/v1/families/${familyId}/children/${mateo.id}/needs`, {
        data: { needId: "trauma", identifiedOn: "2026-01-05" },
      })
    ).status(),
  ).toBe(201);

  await signInThroughUi(page, parent.email, parent.password);
  await page.goto(`/families/${familyId}`);
  expect(await htmlLang(page)).toBe("en");

  // The switch names Spanish in Spanish, and works from the keyboard.
  const toSpanish = page.getByRole("banner").getByRole("button", { name: "Español" });
  await expect(toSpanish).toHaveAttribute("lang", "es");
  await toSpanish.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("navigation", { name: "Secciones de la familia" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("button", { name: "English" })).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page, "the family home in Spanish");

  // Adding a provider, in Spanish.
  await page.goto(`/families/${familyId}/care-team/new`);
  await expect(page.getByRole("heading", { level: 1, name: "Agregar un proveedor" })).toBeVisible();
  await page.getByLabel("Nombre", { exact: true }).fill("Dana Reyes");
  await page.getByLabel("Título con que se presentó").fill("Terapeuta");
  await openStep(page, "Su credencial");
  await page.getByRole("combobox", { name: "Busque su credencial" }).fill("QMHA");
  await page.getByRole("option", { name: /^Asociado de salud mental calificado \(QMHA\)/ }).click();
  await expect(page.getByTestId("chosen-credentials")).toContainText("QMHA");
  await expect(
    page.getByText("no puede dar psicoterapia, tratamiento del trauma ni terapia familiar").first(),
  ).toBeVisible();
  await openStep(page, "Qué hace");
  await page.getByRole("checkbox", { name: /^Psicoterapia individual/ }).check();
  await openStep(page, "Fechas y supervisión");
  await page.getByLabel("Empezó el").fill("2026-02-01");
  await expectNoAxeViolations(page, "the provider form in Spanish");
  await page.getByRole("button", { name: "Agregar proveedor", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/families/${familyId}/care-team$`));
  const dana = page.getByRole("article", { name: "Dana Reyes" });
  await expect(dana.getByText("Se presentó como “Terapeuta”, pero la credencial QMHA no es clínica")).toBeVisible();
  await expect(dana.getByText("Sin licencia")).toBeVisible();
  await expectNoAxeViolations(page, "the care team in Spanish");

  // What's missing, with dates and durations written the Spanish way.
  await page.goto(`/families/${familyId}/gaps?on=2026-03-01`);
  await expect(page.getByRole("heading", { level: 1, name: "Lo que falta" })).toBeVisible();
  await expect(page.getByText("La situación tal como estaba el 1 mar 2026.")).toBeVisible();
  const therapy = page.locator("#service-individual-therapy");
  await expect(
    therapy.getByText(
      /^En Oregón, la credencial QMHA no da la formación ni el permiso para dar psicoterapia individual\./,
    ),
  ).toBeVisible();
  await expect(
    page.locator("#service-trauma-treatment").getByText("Falta desde el 5 ene 2026 (7 semanas)"),
  ).toBeVisible();
  await expectNoAxeViolations(page, "what's missing in Spanish");

  // An article written in Spanish...
  await page.goto("/articles/what-is-a-qmha");
  await expect(
    page.getByRole("heading", { level: 1, name: "¿Qué es un QMHA y qué puede hacer por mi hijo?" }),
  ).toBeVisible();
  await expect(page.getByRole("note")).toHaveCount(0);
  await expect(
    page.getByRole("complementary").getByRole("link", { name: "Abrir su equipo de atención" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "a Spanish article");

  // ...and one not translated yet: the English text, marked as English, with a note in Spanish.
  await page.goto("/articles/trauma-informed-vs-trauma-treatment");
  await expect(page.getByRole("note")).toHaveText(
    "Este artículo todavía no está traducido, así que se muestra en inglés.",
  );
  await expect(page.locator("#article-title")).toHaveAttribute("lang", "en");
  await expect(page.locator(".article-body")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "← Todas las guías" })).toBeVisible();
  await expectNoAxeViolations(page, "an English article in a Spanish page");

  // The choice is saved on the account: another browser, in English, opens in Spanish after sign-in.
  const elsewhere = await browser.newContext({ locale: "en-US" });
  try {
    const other = await elsewhere.newPage();
    await signInThroughUi(other, parent.email, parent.password);
    await expect(other.locator("html")).toHaveAttribute("lang", "es");
  } finally {
    await elsewhere.close();
  }
});

test("the coach keeps English while the family reads Spanish, and messages are never translated", async ({
  page,
  newParent,
  signedIn,
}) => {
  const parent = await newParent({ familyName: "Familia Cruz" });
  const familyId = parent.family.id;
  const parentApi = await signedIn(parent.email, parent.password);
  expect((await parentApi.put("/api/v1/locale", { data: { locale: "es" } })).status()).toBe(200);
  const coach = await signedIn(DEMO.coach);
  const sent = await coach.post(`/api/v1/families/${familyId}/messages`, {
    data: { clientMessageId: crypto.randomUUID(), body: "Hi! Can we meet on Tuesday about the QMHA?" },
  });
  expect(sent.status()).toBe(201);

  await signInThroughUi(page, DEMO.coach, "clarity-demo-2026");
  await page.goto(`/families/${familyId}/messages`);
  expect(await htmlLang(page)).toBe("en");
  await expect(page.getByRole("heading", { level: 1, name: "Messages · Familia Cruz" })).toBeVisible();

  await page.context().clearCookies();
  await signInThroughUi(page, parent.email, parent.password);
  await page.goto(`/families/${familyId}/messages`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1, name: "Mensajes · Familia Cruz" })).toBeVisible();
  await expect(page.getByText("Hi! Can we meet on Tuesday about the QMHA?")).toBeVisible();
  await expectNoAxeViolations(page, "the conversation in Spanish");
});

test("a visitor can read Spanish without an account: by the switch, or by the browser's language", async ({
  page,
  browser,
  newApi,
}) => {
  await page.goto("/articles");
  expect(await htmlLang(page)).toBe("en");
  await page.getByRole("banner").getByRole("button", { name: "Español" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1, name: "Guías" })).toBeVisible();
  // Spanish articles first, then the English ones not translated yet, marked as English.
  await expect(page.getByRole("link", { name: "¿Qué es un QMHA y qué puede hacer por mi hijo?" })).toBeVisible();
  await expect(page.getByText("En inglés").first()).toBeVisible();
  await expectNoAxeViolations(page, "the guidance index in Spanish");

  await page.getByRole("searchbox", { name: "Buscar artículos" }).fill("terapeuta sin licencia");
  await page.getByRole("button", { name: "Buscar" }).click();
  await expect(page.getByRole("main").getByRole("article").first().getByRole("heading")).toHaveText(
    "¿Qué es un QMHA y qué puede hacer por mi hijo?",
  );
  await expectNoAxeViolations(page, "Spanish search results");

  // A browser that prefers Spanish gets it without choosing.
  const spanishBrowser = await browser.newContext({ locale: "es-MX" });
  try {
    const other = await spanishBrowser.newPage();
    await other.goto("/sign-in");
    await expect(other.locator("html")).toHaveAttribute("lang", "es");
    await expect(other.getByRole("heading", { level: 1, name: "Iniciar sesión" })).toBeVisible();
  } finally {
    await spanishBrowser.close();
  }

  // The API: Spanish articles on request, each marked "es"; the catalog stays English by default.
  const api = await newApi();
  const articles = (await (await api.get("/api/v1/articles?locale=es")).json()) as {
    articles: { slug: string; locale: string }[];
  };
  expect(articles.articles.length).toBeGreaterThanOrEqual(6);
  expect(new Set(articles.articles.map((article) => article.locale))).toEqual(new Set(["es"]));
  const hits = (await (
    await api.get(`/api/v1/articles?locale=es&q=${encodeURIComponent("evaluación diagnóstica")}`)
  ).json()) as { articles: { locale: string }[] };
  expect(hits.articles.length).toBeGreaterThan(0);
  const english = (await (await api.get("/api/v1/catalog")).json()) as { credentials: { id: string; label: string }[] };
  expect(english.credentials.find((entry) => entry.id === "or:qmha")?.label).toBe("Qualified Mental Health Associate");
  const spanish = (await (await api.get("/api/v1/catalog?locale=es")).json()) as {
    credentials: { id: string; label: string }[];
  };
  expect(spanish.credentials.find((entry) => entry.id === "or:qmha")?.label).toBe(
    "Asociado de salud mental calificado (QMHA)",
  );
  const refused = await expectError(
    await api.get("/api/v1/catalog?locale=fr", { headers: { "Accept-Language": "es" } }),
    400,
    "validation_failed",
  );
  expect(refused.error.message).toBe("Algunos campos necesitan atención.");
  expect(refused.error.fields?.locale).toBe("Elija inglés o español.");
});
