import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import sharp from "sharp";
import yazl from "yazl";

// Files made at test time for the upload checks; only the HEIC photo is committed (nothing on
// npm writes HEIC), in tests/fixtures.

export const FIXTURES_DIR = path.resolve(import.meta.dirname, "../fixtures");

/** A phone photo of a paper: JPEG with EXIF naming the camera and where it was taken. */
export async function jpegWithGps(width = 640, height = 480): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 240, g: 236, b: 225 } } })
    .composite(width >= 480 ? [{ input: await textPicture("DISCHARGE PLAN"), top: 20, left: 20 }] : [])
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: "ClarityTestCam", Model: "Phone 12", DateTime: "2026:01:03 10:00:00" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "45/1 31/1 12/1",
        GPSLongitudeRef: "W",
        GPSLongitude: "122/1 40/1 30/1",
      },
    })
    .toBuffer();
}

async function textPicture(text: string): Promise<Buffer> {
  return sharp({
    text: { text, font: "sans", dpi: 150 },
  })
    .png()
    .toBuffer();
}

/** A screenshot: PNG with a text chunk (which Clarity drops with the rest of the metadata). */
export async function png(width = 320, height = 200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 30, g: 90, b: 160, alpha: 1 } } })
    .png()
    .withMetadata({ exif: { IFD0: { Copyright: "test" } } })
    .toBuffer();
}

/** The committed HEIC photo (made with libheif's heif-enc from a JPEG with GPS EXIF). */
export function heicWithGps(): Buffer {
  return readFileSync(path.join(FIXTURES_DIR, "photo-with-gps.heic"));
}

export function text(
  body = "Discharge plan, 3 Jan 2026\nFamily therapy recommended (p. 2).\nNiño — señal ✓\n",
): Buffer {
  return Buffer.from(body, "utf8");
}

type PdfOptions = {
  /** Extra entries in the catalog dictionary, e.g. "/OpenAction 5 0 R". */
  catalog?: string;
  /** Extra objects, numbered from 5. */
  objects?: (string | Buffer)[];
  /** Bytes before the header's first object (comments, say). */
  afterHeader?: string;
  /** Bytes after %%EOF. */
  trailing?: Buffer;
};

/** A small valid PDF (one page of text) with a correct cross-reference table. */
export function pdf(options: PdfOptions = {}): Buffer {
  const parts: Buffer[] = [Buffer.from(`%PDF-1.7\n%\xe2\xe3\xcf\xd3\n${options.afterHeader ?? ""}`, "latin1")];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  const add = (body: string | Buffer) => {
    offsets.push(length);
    const number = offsets.length;
    const chunk = Buffer.concat([
      Buffer.from(`${number} 0 obj\n`, "latin1"),
      typeof body === "string" ? Buffer.from(body, "latin1") : body,
      Buffer.from("\nendobj\n", "latin1"),
    ]);
    parts.push(chunk);
    length += chunk.length;
  };
  const content = "BT /F1 18 Tf 72 720 Td (Discharge plan: family therapy recommended) Tj ET";
  add(`<< /Type /Catalog /Pages 2 0 R ${options.catalog ?? ""} >>`);
  add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  add(
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
  );
  add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  for (const object of options.objects ?? []) add(object);
  const xref = [
    "xref",
    `0 ${offsets.length + 1}`,
    "0000000000 65535 f ",
    ...offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n `),
    "trailer",
    `<< /Size ${offsets.length + 1} /Root 1 0 R >>`,
    "startxref",
    String(length),
    "%%EOF\n",
  ].join("\n");
  parts.push(Buffer.from(xref, "latin1"));
  if (options.trailing) parts.push(options.trailing);
  return Buffer.concat(parts);
}

/** An object stream (PDF 1.5) whose one object is `dictionary`, deflated: unreadable to a plain scan. */
export function objectStream(dictionary: string): Buffer {
  const header = "9 0 ";
  const data = deflateSync(Buffer.from(header + dictionary, "latin1"));
  return Buffer.concat([
    Buffer.from(
      `<< /Type /ObjStm /N 1 /First ${header.length} /Filter /FlateDecode /Length ${data.length} >>\nstream\n`,
      "latin1",
    ),
    data,
    Buffer.from("\nendstream", "latin1"),
  ]);
}

export const pdfWithJavaScript = () =>
  pdf({ catalog: "/OpenAction 5 0 R", objects: ["<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>"] });
export const pdfWithHiddenJavaScript = () =>
  pdf({ catalog: "/OpenAction 5 0 R", objects: ["<< /Type /Action /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>"] });
export const pdfWithJavaScriptInObjectStream = () =>
  pdf({ objects: [objectStream("<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>")] });
export const pdfWithEmbeddedFile = () =>
  pdf({
    catalog: "/Names << /EmbeddedFiles << /Names [(a.exe) 5 0 R] >> >>",
    objects: [
      "<< /Type /Filespec /F (a.exe) /EF << /F 6 0 R >> >>",
      "<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream",
    ],
  });
/** A PDF whose comment carries a web page: a browser sniffing it would run the script. */
export const pdfHtmlPolyglot = () => pdf({ afterHeader: "%<html><body><script>alert(document.cookie)</script>\n" });

/** A Word document as Word writes one: content types, relationships and the body. */
export function docx(options: { macros?: boolean; body?: string; comment?: string } = {}): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const mainType = options.macros
    ? "application/vnd.ms-word.document.macroEnabled.main+xml"
    : "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  zip.addBuffer(
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${mainType}"/></Types>`,
    ),
    "[Content_Types].xml",
  );
  zip.addBuffer(
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    "_rels/.rels",
  );
  zip.addBuffer(
    Buffer.from(
      options.body ??
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Individualized Education Program</w:t></w:r></w:p></w:body></w:document>`,
    ),
    "word/document.xml",
  );
  if (options.macros) zip.addBuffer(Buffer.from("macro"), "word/vbaProject.bin");
  zip.end(options.comment ? { comment: options.comment, forceZip64Format: false } : undefined);
  return collect(zip.outputStream);
}

/** A "Word document" whose body inflates to 40 MB from a few kilobytes. */
export function zipBomb(): Promise<Buffer> {
  return docx({ body: `<w:document>${" ".repeat(40 * 1024 * 1024)}</w:document>` });
}

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The start of a Windows program (a PE header), as a renamed .exe begins. */
export function windowsProgram(): Buffer {
  const file = Buffer.alloc(1024);
  file.write("MZ", 0, "latin1");
  file.writeUInt32LE(0x80, 0x3c);
  file.write("PE\0\0", 0x80, "latin1");
  file.writeUInt16LE(0x14c, 0x84);
  return file;
}

export const svg = () =>
  Buffer.from(
    `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>`,
  );

export const html = () =>
  Buffer.from(`<!doctype html><html><body><h1>Discharge plan</h1><script>fetch("/api/v1/me")</script></body></html>`);

/** A JPEG with a zip appended: a photo to a viewer, an archive to an unzipper. */
export async function jpegZipPolyglot(): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from("payload"), "payload.txt");
  zip.end();
  return Buffer.concat([await jpegWithGps(64, 48), await collect(zip.outputStream)]);
}
