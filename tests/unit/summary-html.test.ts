import { describe, expect, it } from "vitest";
import type { CareSummary } from "@/lib/records/care-summary";
import { summaryDocumentHtml, summarySheetHtml } from "@/lib/records/summary-html";
import { summaryWordsIn } from "@/lib/records/summary-words";

const summary: CareSummary = {
  on: "2026-11-25",
  familyName: "O'Neil & <Sons>",
  child: { id: "c1", name: "Jordan <script>alert(1)</script>", birthYear: 2014 },
  needs: [{ needId: "trauma", identifiedOn: "2026-01-05" }],
  marks: [],
  providers: [
    {
      id: "p1",
      name: 'Dana "Dee" Reyes',
      statedTitle: "Therapist",
      credentialId: "or:qmha",
      credentialIds: ["or:qmha", "peer-support"],
      supervisor: { name: "Rachel <i>Moore</i>", credentialId: "or:qmhp" },
      licensed: false,
      licenseNumber: null,
      licenseState: null,
      agency: "<b>Cedar</b>",
      contact: null,
      startOn: "2026-02-01",
    },
  ],
  gaps: [{ serviceId: "trauma-treatment", status: "missing", since: "2026-01-05", days: 324, neededFor: ["trauma"] }],
  questions: [
    {
      providerId: "p1",
      providerName: 'Dana "Dee" Reyes',
      statedTitle: "Therapist",
      kind: "title-not-clinical",
      questionIds: ["licensed"],
    },
  ],
};

describe("the care-team summary's markup", () => {
  it("escapes everything the family typed", () => {
    const html = summarySheetHtml(summary, summaryWordsIn("en"));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>Cedar");
    expect(html).toContain("Jordan &#60;script&#62;alert(1)&#60;/script&#62;");
    expect(html).toContain("O&#39;Neil &#38; &#60;Sons&#62;");
    expect(html).toContain("Dana &#34;Dee&#34; Reyes");
    expect(html).toContain("supervised by Rachel &#60;i&#62;Moore&#60;/i&#62; (QMHP)");
  });

  it("says who prepared it and when, and what is missing since when, in English and Spanish", () => {
    const en = summarySheetHtml(summary, summaryWordsIn("en"));
    expect(en).toContain("Prepared by the family");
    expect(en).toContain("As of Nov 25, 2026");
    // The one clock: 324 days read as every page reads them, the exact days on hover.
    expect(en).toContain('title="324 days"');
    expect(en).toContain(
      `Evidence-based trauma treatment: <span title="324 days">since Jan 5, 2026 (10 months)</span>`,
    );
    expect(en).toContain("QMHA + PSS / FSS / YSS");
    expect(en).toContain("Not licensed");
    const es = summaryDocumentHtml(summary, summaryWordsIn("es"));
    expect(es).toContain('<html lang="es">');
    expect(es).toContain("Preparado por la familia");
    expect(es).toContain("Sin licencia");
    expect(es).toContain("(10 meses)");
    expect(es).not.toContain("Prepared by the family");
  });

  it("names 988 beside a safety-planning gap, and only there (R10)", () => {
    expect(summarySheetHtml(summary, summaryWordsIn("en"))).not.toContain("988");
    const withSafety: CareSummary = {
      ...summary,
      needs: [...summary.needs, { needId: "self-harm", identifiedOn: "2026-03-01" }],
      gaps: [
        ...summary.gaps,
        { serviceId: "safety-planning", status: "missing", since: "2026-03-01", days: 269, neededFor: ["self-harm"] },
      ],
    };
    const en = summarySheetHtml(withSafety, summaryWordsIn("en"));
    expect(en).toMatch(
      /Crisis and safety planning: <span title="\d+ days">since Mar 1, 2026.*In a crisis: call or text 988, or chat at 988lifeline\.org\./s,
    );
    expect(en.match(/988lifeline/g)).toHaveLength(1);
    expect(summaryDocumentHtml(withSafety, summaryWordsIn("es"))).toContain(
      "En una crisis: llame o envíe un mensaje de texto al 988",
    );
  });
});
