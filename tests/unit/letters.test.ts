import { describe, expect, it } from "vitest";
import { childGapsOn, describeDuration, type ChildRecord, type ProviderRecord } from "@/lib/domain/gaps";
import { mismatchReasonWords } from "@/lib/domain/gaps/mismatch-reason-text";
import { catalogIn } from "@/lib/domain/catalog/localize";
import {
  composeLetter,
  letterFactsOn,
  LETTER_LOCALES,
  LETTER_TEMPLATES,
  NotAGapError,
  type LetterLocale,
  type LetterRecord,
  type LetterRequestFact,
} from "@/lib/domain/letters";
import { longDate } from "@/lib/domain/letters/format";

const ON = "2026-11-25";
const child: ChildRecord & { name: string } = {
  id: "c1",
  name: "Jordan",
  needs: [{ id: "n1", needId: "trauma", identifiedOn: "2026-01-05", resolvedOn: null }],
  serviceMarks: [],
};
const dana: ProviderRecord & { name: string } = {
  id: "p1",
  name: "Dana Reyes",
  statedTitle: "Therapist",
  credentialIds: ["or:qmha"],
  supervisor: null,
  servicesDelivered: ["individual-therapy", "family-therapy"],
  trainedIn: [],
  childIds: ["c1"],
  startOn: "2026-02-01",
  endOn: null,
  answeredQuestionIds: ["licensed"],
};
const openRequest: LetterRequestFact = {
  askedOn: "2026-10-01",
  toName: "Trillium Community Health Plan",
  summary: "Asked for a family therapist.",
  status: "open",
  dueOn: "2026-10-15",
  deniedOn: null,
};

const record = (template: LetterRecord["template"], locale: LetterLocale, extra: Partial<LetterRecord> = {}) => ({
  template,
  locale,
  today: ON,
  child,
  providers: [dana],
  recipient: { name: "Care coordinator", organization: "Trillium" },
  senderName: "Ana Rivera",
  reasonWords: (reason: Parameters<typeof mismatchReasonWords>[0]) => mismatchReasonWords(reason, locale),
  ...extra,
});

const NOT_LEGAL_ADVICE: Record<LetterLocale, string> = { en: "It is not legal advice.", es: "No es asesoría legal." };

/** What no drafted letter may contain: blanks left by a missing fact, glue, doubled words, repeats. */
function expectWellFormed(subject: string, body: string) {
  for (const text of [subject, body]) {
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text).not.toMatch(/undefined|null|NaN|\{|\}|\[object/);
    expect(text).not.toMatch(/\b(\p{L}+)\s+\1\b/iu);
    expect(text).not.toMatch(/ {2}|\( ?\)|“ ?”|\s[,.:;]|\.\.|,,/u);
  }
  const lines = body.split("\n").filter((line) => line.trim() !== "");
  expect(new Set(lines).size, "no line is said twice").toBe(lines.length);
  for (const line of lines) {
    expect(line.trim(), "no empty list item").not.toBe("-");
    const sentences = line.split(/(?<=[.?!:])\s+/u);
    expect(new Set(sentences).size, `no sentence repeated in: ${line}`).toBe(sentences.length);
  }
  expect(body).not.toMatch(/\n{3,}/);
}

describe("letters drafted from the record", () => {
  for (const template of LETTER_TEMPLATES)
    for (const locale of LETTER_LOCALES)
      it(`${template} in ${locale}: whole sentences, the engine's facts on that day, not legal advice`, () => {
        const facts = letterFactsOn(record(template, locale, { request: openRequest }));
        const { subject, body } = composeLetter(facts);
        expectWellFormed(subject, body);
        expect(body.endsWith(NOT_LEGAL_ADVICE[locale])).toBe(true);
        expect(subject).toContain("Jordan");
        expect(body).toContain(longDate(ON, locale));
        expect(body).toContain("Ana Rivera");
        expect(body).toContain("Trillium Community Health Plan");
        // The request was open past its date: said so, with both dates.
        expect(body).toContain(longDate("2026-10-15", locale));

        // Each gap the letter names is the engine's own on that day: label, since, duration, reason.
        const gaps = childGapsOn(child, [dana], ON).services.filter((gap) => gap.status !== "covered");
        const catalog = catalogIn(locale);
        for (const service of facts.services) {
          const gap = gaps.find((entry) => entry.serviceId === service.serviceId)!;
          expect(service).toMatchObject({ since: gap.since, days: gap.days, status: gap.status });
          expect(body).toContain(`- ${catalog.serviceById(gap.serviceId)!.label}: `);
          expect(body).toContain(`${longDate(gap.since, locale)} (${describeDuration(gap.days, locale).text})`);
          if (gap.reason) expect(body).toContain(mismatchReasonWords(gap.reason, locale));
        }
      });

  it("speaks of every gap in the letters about them, and of none in a records request", () => {
    const gaps = childGapsOn(child, [dana], ON).services.filter((gap) => gap.status !== "covered");
    expect(gaps.map((gap) => gap.serviceId).sort()).toEqual(
      ["diagnostic-assessment", "family-therapy", "individual-therapy", "trauma-treatment"].sort(),
    );
    for (const template of ["service-request", "appeal", "school-evaluation"] as const)
      expect(
        letterFactsOn(record(template, "en"))
          .services.map((s) => s.serviceId)
          .sort(),
      ).toEqual(gaps.map((gap) => gap.serviceId).sort());
    const records = composeLetter(letterFactsOn(record("records-request", "en")));
    expect(records.body).not.toContain("Here is what my records show");
  });

  it("names only the services chosen, and refuses one that is not a gap", () => {
    const facts = letterFactsOn(record("service-request", "en", { serviceIds: ["family-therapy"] }));
    const { subject, body } = composeLetter(facts);
    expect(subject).toBe("Request for family therapy for Jordan");
    expect(body).toContain("who will provide this service, when it can start");
    expect(body).not.toContain("Individual psychotherapy");
    expect(() => letterFactsOn(record("service-request", "en", { serviceIds: ["parent-training"] }))).toThrow(
      NotAGapError,
    );
  });

  it("says nothing the record does not: no request, no organization, no sender, no due date", () => {
    const { body } = composeLetter(
      letterFactsOn(record("service-request", "en", { recipient: { name: "Ms. Lee" }, senderName: null })),
    );
    expect(body).not.toContain("I made this request");
    expect(body).not.toContain("due");
    expect(body).toMatch(/November 25, 2026\n\nMs\. Lee\n\nDear Ms\. Lee,/);
    expect(body).toMatch(/Sincerely,\n\nI prepared this letter/);
    expectWellFormed("x", body);
  });

  it("says when an answer is due, or that it was denied, only as the request records it", () => {
    const due = composeLetter(
      letterFactsOn(record("service-request", "en", { request: { ...openRequest, dueOn: "2026-12-09" } })),
    );
    expect(due.body).toContain("An answer is due by December 9, 2026.");
    expect(due.body).not.toContain("my records show none yet");
    const granted = composeLetter(
      letterFactsOn(record("service-request", "es", { request: { ...openRequest, status: "granted" } })),
    );
    expect(granted.body).not.toContain("debía llegar");
    const denied = { ...openRequest, status: "denied" as const, deniedOn: "2026-10-20" };
    const appeal = composeLetter(letterFactsOn(record("appeal", "en", { request: denied })));
    expect(appeal.body).toContain("On October 20, 2026, my request for my child, Jordan, was denied.");
    expect(appeal.body).not.toContain("That request was denied");
    const apelacion = composeLetter(letterFactsOn(record("appeal", "es", { request: denied })));
    expect(apelacion.body).toContain("El 20 de octubre de 2026 se negó mi solicitud para Jordan.");
    // The family's own words are quoted once, their full stop not doubled.
    expect(appeal.body).toContain("“Asked for a family therapist.”");
    expect(apelacion.body).toContain("“Asked for a family therapist”.");
  });

  it("asks a provider only the questions still unanswered, in the catalog's order", () => {
    for (const locale of LETTER_LOCALES) {
      const facts = letterFactsOn(record("qualification-question", locale, { providerId: "p1" }));
      const catalog = catalogIn(locale);
      const text = (id: string) => catalog.questionById(id)!.text;
      expect(facts.questions).toHaveLength(1);
      expect(facts.questions[0]!.questions).toEqual(
        ["therapy-or-support", "interventions", "oversight", "family-therapy", "involves-family"].map(text),
      );
      const { body } = composeLetter(facts);
      expect(body).not.toContain(text("licensed"));
      for (const question of facts.questions[0]!.questions) expect(body).toContain(`- ${question}`);
    }
    // Nobody flagged and no one named: the general questions, to whoever reads it.
    const general = letterFactsOn(record("qualification-question", "en", { providers: [] }));
    expect(general.questions).toEqual([
      { provider: null, questions: expect.arrayContaining(["Are you a licensed clinician?"]) },
    ]);
    expect(composeLetter(general).body).toContain("My questions:\n- Are you a licensed clinician?");
  });

  it("names a provider with their title once, then by name", () => {
    const { body } = composeLetter(letterFactsOn(record("service-request", "en")));
    expect(body.match(/introduced as “Therapist”/g)).toHaveLength(1);
    expect(body).toContain("Dana Reyes provides it now.");
  });

  it("agrees in number: one provider provides, two provide; lo presta, lo prestan", () => {
    const sam = { ...dana, id: "p2", name: "Sam Ortiz", statedTitle: "Counselor", answeredQuestionIds: [] };
    const en = composeLetter(
      letterFactsOn(record("service-request", "en", { providers: [dana, sam], serviceIds: ["family-therapy"] })),
    );
    expect(en.body).toContain(
      "Dana Reyes (introduced as “Therapist”) and Sam Ortiz (introduced as “Counselor”) provide it now.",
    );
    const es = composeLetter(
      letterFactsOn(record("service-request", "es", { providers: [dana, sam], serviceIds: ["family-therapy"] })),
    );
    expect(es.body).toContain("Ahora lo prestan Dana Reyes (que se presentó como “Therapist”) y Sam Ortiz");
  });

  it("leaves the duration out on the first day rather than say 0 days", () => {
    const fresh = { ...child, needs: [{ ...child.needs[0]!, identifiedOn: ON }] };
    const { body } = composeLetter(letterFactsOn(record("service-request", "en", { child: fresh, providers: [] })));
    expect(body).toContain("since November 25, 2026. My records show no one providing it.");
    expect(body).not.toContain("0 days");
  });
});
