/**
 * The kinds of file Clarity keeps, and what a name or a client's content type claims. A claim
 * never admits a file (its content does, lib/documents/inspect); a claim that disagrees with the
 * content refuses it, so a page called report.pdf that is really HTML goes no further.
 */
export const FILE_TYPES = ["pdf", "png", "jpeg", "heic", "text", "docx"] as const;
export type FileType = (typeof FILE_TYPES)[number];

/** What a name or content type says; "other" is a type Clarity does not take (html, svg, exe…). */
export type Claim = FileType | "other" | null;

/** The content type Clarity stores and serves for each type (HEIC photos are kept as JPEG). */
export const STORED_CONTENT_TYPE: Record<FileType, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  heic: "image/jpeg",
  text: "text/plain; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

const STORED_EXTENSION: Record<FileType, string> = {
  pdf: "pdf",
  png: "png",
  jpeg: "jpg",
  heic: "jpg",
  text: "txt",
  docx: "docx",
};

const EXTENSIONS: Record<string, FileType> = {
  pdf: "pdf",
  png: "png",
  jpg: "jpeg",
  jpeg: "jpeg",
  jpe: "jpeg",
  jfif: "jpeg",
  heic: "heic",
  heif: "heic",
  txt: "text",
  text: "text",
  md: "text",
  csv: "text",
  log: "text",
  docx: "docx",
};

/** Extensions of types Clarity refuses: a file named so claims to be something it will not take. */
const REFUSED_EXTENSIONS = new Set(
  "html htm xhtml shtml svg svgz xml xsl js mjs cjs json exe dll com bat cmd msi scr ps1 sh bin app apk jar war class php asp aspx jsp py rb pl doc docm dotm xls xlsx xlsm ppt pptx pptm zip rar 7z gz tgz tar iso dmg gif webp bmp tif tiff avif rtf odt eml msg swf".split(
    " ",
  ),
);

const MIME_TYPES: Record<string, FileType> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpeg",
  "image/jpg": "jpeg",
  "image/pjpeg": "jpeg",
  "image/heic": "heic",
  "image/heif": "heic",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

/**
 * Content types that say nothing about the file: a browser's or script's default. text/plain is
 * among them because a multipart part sent without a Content-Type reads as text/plain (RFC 7578),
 * so it cannot tell "this is text" from "the client did not say".
 */
const UNCLAIMED_MIME_TYPES = new Set([
  "",
  "text/plain",
  "application/octet-stream",
  "binary/octet-stream",
  "application/unknown",
]);

export function claimOfName(fileName: string | null | undefined): Claim {
  const match = /\.([A-Za-z0-9]{1,8})$/u.exec((fileName ?? "").trim());
  if (!match) return null;
  const extension = match[1]!.toLowerCase();
  if (extension in EXTENSIONS) return EXTENSIONS[extension]!;
  return REFUSED_EXTENSIONS.has(extension) ? "other" : null;
}

export function claimOfMimeType(mimeType: string | null | undefined): Claim {
  const type = (mimeType ?? "").split(";")[0]!.trim().toLowerCase();
  if (UNCLAIMED_MIME_TYPES.has(type)) return null;
  if (type in MIME_TYPES) return MIME_TYPES[type]!;
  // Any text/… other than HTML and friends is plain text as far as a claim goes (text/csv, text/markdown).
  if (type.startsWith("text/") && !/html|xml|javascript|ecmascript/u.test(type)) return "text";
  return "other";
}

/** True when neither the name nor the content type claims something other than what the content is. */
export function claimsAgree(found: FileType, fileName: string | null | undefined, mimeType: string | null | undefined) {
  return [claimOfName(fileName), claimOfMimeType(mimeType)].every((claim) => claim === null || claim === found);
}

/** Pictures and PDFs may be shown in the page; every other type is only ever a download. */
export function isPreviewable(contentType: string): boolean {
  return contentType === "application/pdf" || contentType === "image/jpeg" || contentType === "image/png";
}

/**
 * The name a download is offered under: the upload's own name without its folders, control or
 * quoting characters, shortened, with the extension of the stored type (a HEIC photo becomes .jpg).
 */
export function storedFileName(uploadName: string | null | undefined, type: FileType, fallback: string): string {
  const clean = (name: string) =>
    Array.from(name.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069"*:<>?|\\/]/gu, ""))
      .slice(0, 120)
      .join("")
      .trim();
  const base = (uploadName ?? "").split(/[\\/]/u).pop() ?? "";
  const stem = clean(base.replace(/\.[A-Za-z0-9]{1,8}$/u, "")) || clean(fallback) || "document";
  return `${stem}.${STORED_EXTENSION[type]}`;
}
