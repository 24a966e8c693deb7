import { describe, expect, it } from "vitest";
import { claimOfMimeType, claimOfName, claimsAgree, storedFileName } from "@/lib/domain/documents/file-types";
import { MarkupFinder } from "@/lib/documents/inspect/markup";
import { PdfCheck } from "@/lib/documents/inspect/pdf";
import { TextCheck } from "@/lib/documents/inspect/text";
import { gapSubjectId, gapSubjectParts, uploadFieldsInput } from "@/lib/schemas/documents";
import * as F from "../support/document-fixtures";

/** Feeds bytes in pieces of `size`: every check must give the same answer whatever the pieces. */
function fed<T extends { feed: (piece: Uint8Array) => void }>(check: T, bytes: Buffer, size: number): T {
  for (let at = 0; at < bytes.length; at += size) check.feed(bytes.subarray(at, at + size));
  return check;
}

const PIECES = [1, 2, 7, 64, 1_000_000];

describe("the PDF check", () => {
  const cases: [string, () => Buffer, string | null][] = [
    ["a plain PDF", () => F.pdf(), null],
    ["a clean object stream", () => F.pdf({ objects: [F.objectStream("<< /Type /Font /Subtype /Type1 >>")] }), null],
    ["JavaScript", F.pdfWithJavaScript, "pdfActiveContent"],
    ["JavaScript behind #xx escapes", F.pdfWithHiddenJavaScript, "pdfActiveContent"],
    ["JavaScript in an object stream", F.pdfWithJavaScriptInObjectStream, "pdfActiveContent"],
    ["an embedded file", F.pdfWithEmbeddedFile, "pdfActiveContent"],
    ["a web page in a comment", F.pdfHtmlPolyglot, "polyglot"],
    ["bytes after %%EOF", () => F.pdf({ trailing: Buffer.from("<html>hi</html>") }), "polyglot"],
    ["no %%EOF", () => F.pdf().subarray(0, -7), "pdfUnreadable"],
    ["an object stream that does not inflate", () => F.pdf({ objects: [brokenObjectStream()] }), "pdfUnreadable"],
    // Names in strings and comments are not names; "/JS" in text is harmless.
    ["/JavaScript inside a string", () => F.pdf({ catalog: "/Title (about /JavaScript and /JS)" }), null],
  ];
  for (const [label, make, expected] of cases) {
    it(`${label}: ${expected ?? "accepted"}, whatever the pieces it arrives in`, () => {
      for (const size of PIECES) expect(fed(new PdfCheck(), make(), size).end(), `pieces of ${size}`).toBe(expected);
    });
  }
});

function brokenObjectStream(): Buffer {
  return Buffer.from(
    "<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length 9 >>\nstream\nnot zlib!\nendstream",
    "latin1",
  );
}

describe("plain text", () => {
  it("accepts UTF-8 split anywhere, with tabs and line breaks", () => {
    const bytes = Buffer.from("Niño\tseñal ✓ 🙂\r\nFamily therapy recommended.\n", "utf8");
    for (const size of PIECES) expect(fed(new TextCheck(), bytes, size).end(), `pieces of ${size}`).toBeNull();
  });
  it("refuses NUL and other control bytes, and invalid UTF-8", () => {
    expect(fed(new TextCheck(), Buffer.from("a\u0000b"), 1).end()).toBe("notText");
    expect(fed(new TextCheck(), Buffer.from("a\u001bb"), 1).end()).toBe("notText");
    expect(fed(new TextCheck(), Buffer.from([0x61, 0xc3, 0x28]), 1).end()).toBe("notText");
    expect(fed(new TextCheck(), Buffer.from([0x61, 0xe2, 0x82]), 1).end()).toBe("notText"); // cut off at the end
  });
  it("refuses markup: HTML, SVG, XML, and a page that starts with any tag", () => {
    for (const markup of [F.html(), F.svg(), Buffer.from("<?xml version='1.0'?><a/>"), Buffer.from("  <foo>bar</foo>")])
      for (const size of PIECES) expect(fed(new TextCheck(), markup, size).end()).toBe("looksLikeWebPage");
    expect(fed(new TextCheck(), Buffer.from("Dose went from 5 < 10 mg."), 3).end()).toBeNull();
  });
});

describe("markup in binary files", () => {
  it("finds a marker split across pieces, in any case", () => {
    const bytes = Buffer.concat([Buffer.alloc(100, 0xff), Buffer.from("<ScRiPt>"), Buffer.alloc(100, 0xfe)]);
    for (const size of PIECES) {
      const finder = fed(new MarkupFinder("page"), bytes, size);
      finder.end();
      expect(finder.found, `pieces of ${size}`).toBe("<script");
    }
  });
  it("a picture's XML metadata is not a web page", () => {
    const finder = fed(new MarkupFinder("page"), Buffer.from("<?xpacket begin='x'?><x:xmpmeta><rdf:RDF/>"), 5);
    finder.end();
    expect(finder.found).toBeNull();
  });
});

describe("what a name or a content type claims", () => {
  it("maps names and types to the kinds Clarity keeps, and knows the kinds it refuses", () => {
    expect([claimOfName("Plan.PDF"), claimOfName("IMG_1.HEIC"), claimOfName("notes.md"), claimOfName("x.svg")]).toEqual(
      ["pdf", "heic", "text", "other"],
    );
    expect([claimOfName("scan"), claimOfName("archive.tar.xyz")]).toEqual([null, null]);
    // text/plain is what a part without a type reads as: it claims nothing.
    expect([claimOfMimeType("text/plain"), claimOfMimeType("application/octet-stream"), claimOfMimeType("")]).toEqual([
      null,
      null,
      null,
    ]);
    expect([claimOfMimeType("text/csv"), claimOfMimeType("text/html"), claimOfMimeType("image/jpg")]).toEqual([
      "text",
      "other",
      "jpeg",
    ]);
    expect(claimsAgree("pdf", "plan.pdf", "application/pdf")).toBe(true);
    expect(claimsAgree("text", "plan.pdf", "text/plain")).toBe(false);
    expect(claimsAgree("jpeg", "photo.jpg", "image/png")).toBe(false);
  });

  it("offers downloads under a safe name with the stored type's extension", () => {
    expect(storedFileName("C:\\Users\\ana\\IMG_0042.HEIC", "heic", "Photo")).toBe("IMG_0042.jpg");
    expect(storedFileName('plan "final"\u202E.pdf', "pdf", "Plan")).toBe("plan final.pdf");
    expect(storedFileName(null, "docx", "IEP: 2026/27")).toBe("IEP 202627.docx");
    expect(storedFileName("", "text", "")).toBe("document.txt");
  });
});

describe("upload fields and citation subjects", () => {
  it("childIds come repeated, comma-separated or as JSON; blank optionals are absent", () => {
    expect(uploadFieldsInput({ childIds: ["a", "b"], title: ["Plan"], documentDate: [""] })).toEqual({
      childIds: ["a", "b"],
      title: "Plan",
    });
    expect(uploadFieldsInput({ childIds: ["a, b"] }).childIds).toEqual(["a", "b"]);
    expect(uploadFieldsInput({ childIds: ['["a","b"]'] }).childIds).toEqual(["a", "b"]);
    expect(uploadFieldsInput({ title: ["one", "two"] }).title).toEqual(["one", "two"]);
  });

  it("a gap is a child's service", () => {
    const childId = "6f1c0a3e-2b7d-4c1a-9e5f-3d2b1a0c9e8f";
    expect(gapSubjectParts(gapSubjectId(childId, "family-therapy"))).toEqual({ childId, serviceId: "family-therapy" });
    expect(gapSubjectParts(`${childId}:astrology`)).toBeNull();
    expect(gapSubjectParts("not-a-child:family-therapy")).toBeNull();
  });
});
