import yauzl from "yauzl";

/** Why a Word file is refused, as a message key under validation.file. */
type DocxProblem = "docxUnsafe" | "docxMacros" | "polyglot";

// A Word document is a zip of XML parts and pictures. These bounds are far above any real one
// (a 15 MB file of photos inflates to about the same size; text compresses 5–20 times) and far
// below what a zip bomb needs: they are checked on the sizes the archive declares, before
// anything is inflated, and then every part is inflated and counted against what it declared.
const MAX_ENTRIES = 5_000;
const MAX_TOTAL_BYTES = 150 * 1024 * 1024;
const MAX_ENTRY_BYTES = 60 * 1024 * 1024;
const MAX_RATIO = 100;
const RATIO_FROM_BYTES = 1024 * 1024;

const STORED = 0;
const DEFLATED = 8;

/**
 * Checks a DOCX on disk (its type already found by its content): a sane zip with nothing before
 * its first part or after its end, no part larger than it says, no macros, ActiveX controls or
 * embedded OLE programs (`.bin` parts), and the parts of a Word document.
 */
export async function checkDocx(path: string): Promise<DocxProblem | null> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch {
    return "docxUnsafe";
  }
  try {
    // Word writes no archive comment: one is where a second file rides along.
    if (zip.comment !== "") return "polyglot";
    if (zip.entryCount > MAX_ENTRIES) return "docxUnsafe";
    const entries: yauzl.Entry[] = [];
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      entries.push(entry);
      total += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (
        entry.isEncrypted() ||
        ![STORED, DEFLATED].includes(entry.compressionMethod) ||
        entry.uncompressedSize > MAX_ENTRY_BYTES ||
        total > MAX_TOTAL_BYTES ||
        (entry.uncompressedSize > RATIO_FROM_BYTES && ratio > MAX_RATIO)
      )
        return "docxUnsafe";
      if (/\.bin$/iu.test(entry.fileName) || /vbaProject|activeX/iu.test(entry.fileName)) return "docxMacros";
    }
    if (entries.length === 0 || Math.min(...entries.map((entry) => entry.relativeOffsetOfLocalHeader)) !== 0)
      return "polyglot";
    const names = new Set(entries.map((entry) => entry.fileName));
    if (!names.has("[Content_Types].xml") || ![...names].some((name) => /^word\/[^/]+\.xml$/u.test(name)))
      return "docxUnsafe";
    for (const entry of entries) {
      // yauzl stops a part that inflates past its declared size (validateEntrySizes) with an error.
      const stream = await zip.openReadStreamPromise(entry);
      for await (const piece of stream) void piece;
    }
    return null;
  } catch {
    return "docxUnsafe";
  } finally {
    zip.close();
  }
}
