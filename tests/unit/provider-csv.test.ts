import { describe, expect, it } from "vitest";
import { csvDate, parseProviderCsv } from "@/lib/records/provider-csv";

const CHILDREN = [
  { id: "6f1c2b9e-2d1a-4f7e-9a51-0c6f0f6a1a01", name: "Jordan" },
  { id: "6f1c2b9e-2d1a-4f7e-9a51-0c6f0f6a1a02", name: "Ana María" },
];

describe("a CSV of providers", () => {
  it("reads dates as ISO or as a US family writes them, and refuses impossible ones", () => {
    expect(csvDate("2026-03-01")).toBe("2026-03-01");
    expect(csvDate("3/1/2026")).toBe("2026-03-01");
    expect(csvDate("12/31/2026")).toBe("2026-12-31");
    expect(csvDate("2/30/2026")).toBeNull();
    expect(csvDate("31/12/2026")).toBeNull();
    expect(csvDate("next week")).toBeNull();
  });

  it("accepts Spanish headers, semicolons, quoted commas, a byte-order mark, credentials by abbreviation or Spanish label, and children by name whatever the accents", () => {
    const csv =
      '\uFEFFnombre;título;credencial;fecha de inicio;hijos;servicios\n"Okafor, Mira";Psiquiatra;psiquiatra;3/1/2026;ana maria;Manejo de medicamentos\nLee Park;Terapeuta;LCSW;2026-02-01;;\n';
    const result = parseProviderCsv(csv, CHILDREN);
    expect(result.problems).toEqual([]);
    expect(
      result.rows.map((row) => [
        row.row,
        row.input?.name,
        row.input?.credentialIds,
        row.input?.startOn,
        row.input?.childIds.length,
      ]),
    ).toEqual([
      [2, "Okafor, Mira", ["psychiatrist"], "2026-03-01", 1],
      [3, "Lee Park", ["lcsw"], "2026-02-01", 2],
    ]);
    expect(result.rows[0]!.input!.servicesDelivered).toEqual(["medication-management"]);
  });

  it("reads several credentials and a supervisor, each in the family's state; an old CSV's Oregon titles still read", () => {
    const csv =
      "name,title,credentials,supervisor,supervisor credential,start date\n" +
      "Sam Cole,Counselor,LPC; CADC,,,2026-01-05\n" +
      "Kayla Brooks,Therapist,QMHA,Rachel Moore,QMHP,2026-01-05\n";
    const oregon = parseProviderCsv(csv, CHILDREN, "OR");
    expect(oregon.problems).toEqual([]);
    expect(oregon.rows.map((row) => row.input?.credentialIds)).toEqual([["lpc", "or:cadc"], ["or:qmha"]]);
    expect(oregon.rows[1]!.input!.supervisor).toEqual({ name: "Rachel Moore", credentialId: "or:qmhp" });
    // A family that has not chosen a state: the old ids mean what they meant, Oregon's titles.
    expect(parseProviderCsv(csv, CHILDREN).rows[1]!.input!.credentialIds).toEqual(["or:qmha"]);
  });

  it("names a supervisor without a credential, an unknown credential in a list, and refuses the row", () => {
    const csv = "name,title,credentials,supervisor,start date\nSam,Counselor,LPC;Wizard,Morgan Lee,2026-01-05\n";
    const result = parseProviderCsv(csv, CHILDREN, "OR");
    expect(result.rows[0]!.input).toBeNull();
    expect(result.problems).toEqual([
      { row: 2, column: "credentialId", key: "unknownCredential", values: { value: "Wizard" } },
      { row: 2, column: "supervisorCredential", key: "supervisorCredentialMissing" },
    ]);
  });

  it("numbers rows as a spreadsheet does (header is row 1), past blank lines and quoted line breaks", () => {
    const csv = 'name,title,start date,notes\nLee,Therapist,2026-01-01,"two\nlines"\n\nDana,,2026-01-01,\n';
    const result = parseProviderCsv(csv, CHILDREN);
    expect(result.problems).toEqual([{ row: 3, column: "statedTitle", key: "required" }]);
  });

  it("refuses an empty file, too many rows, and a file with no child to link to", () => {
    expect(parseProviderCsv("", CHILDREN).problems).toEqual([{ row: 1, column: null, key: "empty" }]);
    const many = ["name,title,start date", ...Array.from({ length: 201 }, (_, i) => `P${i},T,2026-01-01`)].join("\n");
    expect(parseProviderCsv(many, CHILDREN).problems).toEqual([
      { row: 202, column: null, key: "tooManyRows", values: { max: 200 } },
    ]);
    expect(parseProviderCsv("name,title,start date\nLee,T,2026-01-01", []).problems).toEqual([
      { row: 1, column: null, key: "noChildren" },
    ]);
  });
});
