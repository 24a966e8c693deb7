import { inflateSync, constants } from "node:zlib";
import { MarkupFinder } from "./markup";

/** Why a PDF is refused, as a message key under validation.file. */
type PdfProblem = "pdfActiveContent" | "pdfUnreadable" | "polyglot";

/**
 * Names that make a PDF do something rather than show something: scripts, launching programs,
 * files carried inside, rich media and XFA forms (which run scripts of their own). A PDF naming
 * any of them is refused: a coach opens what a family sends, and such a file can run code there.
 * A family whose form has them can print it to a new PDF, which keeps the pages and drops the rest.
 */
const ACTIVE_NAMES = new Set([
  "JavaScript",
  "JS",
  "Launch",
  "EmbeddedFile",
  "EmbeddedFiles",
  "RichMedia",
  "XFA",
  "GoToE",
]);

/** Object streams hold dictionaries out of sight of a plain scan: they are inflated and scanned too. */
const MAX_OBJECT_STREAM_BYTES = 8 * 1024 * 1024;
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

const ENDSTREAM = Buffer.from("endstream", "latin1");

const isWhite = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;
const isDelimiter = (b: number) =>
  b === 0x28 ||
  b === 0x29 ||
  b === 0x3c ||
  b === 0x3e ||
  b === 0x5b ||
  b === 0x5d ||
  b === 0x7b ||
  b === 0x7d ||
  b === 0x2f ||
  b === 0x25;

type State = "normal" | "comment" | "name" | "string" | "hex" | "afterLt" | "word" | "streamStart" | "stream";

/**
 * Reads a PDF's syntax a byte at a time, as pieces arrive, holding only what it must: the names
 * of the object being read (to know an object stream when its data starts), and an object
 * stream's bytes until they are inflated and scanned. Strings and comments are skipped as the
 * format says; names are decoded (#xx escapes) before they are compared, so /J#61vaScript is
 * /JavaScript. Outside stream data it also looks for web-page markup (an HTML/PDF polyglot).
 */
class PdfSyntax {
  private state: State = "normal";
  private token: number[] = [];
  private depth = 0;
  private escaped = false;
  private objectNames = new Set<string>();
  private streamMatch = 0;
  private objectStream: Buffer[] | null = null;
  private objectStreamBytes = 0;
  inflated = 0;
  problem: PdfProblem | null = null;

  constructor(
    private readonly allowStreams: boolean,
    private readonly markup: MarkupFinder | null,
    private readonly budget: { inflated: number },
  ) {}

  feed(bytes: Uint8Array): void {
    let markupFrom = this.state === "stream" ? -1 : 0;
    for (let i = 0; i < bytes.length && !this.problem; i++) {
      const b = bytes[i]!;
      if (this.state === "stream") {
        if (markupFrom >= 0) {
          this.markup?.feed(bytes.subarray(markupFrom, i));
          markupFrom = -1;
        }
        i = this.streamData(bytes, i);
        if (this.state !== "stream") markupFrom = i + 1;
        continue;
      }
      this.step(b);
    }
    if (markupFrom >= 0 && this.state !== "stream") this.markup?.feed(bytes.subarray(markupFrom));
  }

  end(): void {
    if (this.state === "name" || this.state === "word") this.step(0x20);
    this.markup?.end();
    if (!this.problem && this.markup?.found) this.problem = "polyglot";
  }

  private step(b: number): void {
    switch (this.state) {
      case "comment":
        if (b === 0x0a || b === 0x0d) this.state = "normal";
        return;
      case "string":
        if (this.escaped) this.escaped = false;
        else if (b === 0x5c) this.escaped = true;
        else if (b === 0x28) this.depth++;
        else if (b === 0x29 && --this.depth === 0) this.state = "normal";
        return;
      case "hex":
        if (b === 0x3e) this.state = "normal";
        return;
      case "afterLt":
        // "<<" opens a dictionary; "<" followed by anything else opens a hex string.
        this.state = b === 0x3c ? "normal" : "hex";
        if (this.state === "hex" && b === 0x3e) this.state = "normal";
        return;
      case "streamStart":
        // The keyword "stream" ends with CR LF or LF; the data starts after it.
        if (b === 0x0d) return;
        this.beginStreamData();
        if (b !== 0x0a) this.streamByte(b);
        return;
      case "name":
      case "word":
        if (!isWhite(b) && !isDelimiter(b)) {
          if (this.token.length < 256) this.token.push(b);
          return;
        }
        if (this.state === "name") this.endName();
        else this.endWord();
        if ((this.state as State) === "streamStart") {
          if (b === 0x0d) return;
          this.beginStreamData();
          if (b !== 0x0a) this.streamByte(b);
          return;
        }
        this.state = "normal";
        this.step(b);
        return;
      case "normal":
        if (b === 0x25) this.state = "comment";
        else if (b === 0x2f) this.start("name");
        else if (b === 0x28) {
          this.state = "string";
          this.depth = 1;
          this.escaped = false;
        } else if (b === 0x3c) this.state = "afterLt";
        else if (!isWhite(b) && !isDelimiter(b)) {
          this.start("word");
          this.token.push(b);
        }
        return;
      case "stream":
        return;
    }
  }

  private start(state: "name" | "word") {
    this.state = state;
    this.token = [];
  }

  private endName(): void {
    const raw = Buffer.from(this.token).toString("latin1");
    const name = raw.replace(/#([0-9A-Fa-f]{2})/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (ACTIVE_NAMES.has(name)) this.problem = "pdfActiveContent";
    this.objectNames.add(name);
  }

  private endWord(): void {
    const word = Buffer.from(this.token).toString("latin1");
    if (word === "obj" || word === "endobj") this.objectNames = new Set();
    else if (word === "stream" && this.allowStreams) this.state = "streamStart";
  }

  private beginStreamData(): void {
    this.state = "stream";
    this.streamMatch = 0;
    const names = this.objectNames;
    if (names.has("ObjStm")) {
      // An object stream we cannot read (another filter, or encrypted) could hide anything.
      const filters = [...names].filter((name) => name.endsWith("Decode"));
      if (filters.length !== 1 || filters[0] !== "FlateDecode") {
        this.problem = "pdfUnreadable";
        return;
      }
      this.objectStream = [];
      this.objectStreamBytes = 0;
    }
  }

  /** Stream data runs to the keyword "endstream"; returns the index of the last byte consumed. */
  private streamData(bytes: Uint8Array, from: number): number {
    let i = from;
    for (; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b === ENDSTREAM[this.streamMatch]) {
        if (++this.streamMatch === ENDSTREAM.length) {
          if (this.objectStream) this.collect(bytes.subarray(from, i + 1));
          this.finishStream();
          return i;
        }
      } else {
        this.streamMatch = b === ENDSTREAM[0] ? 1 : 0;
      }
    }
    if (this.objectStream) this.collect(bytes.subarray(from));
    return i;
  }

  private streamByte(b: number): void {
    this.streamData(Uint8Array.of(b), 0);
  }

  private collect(piece: Uint8Array): void {
    this.objectStreamBytes += piece.length;
    if (this.objectStreamBytes > MAX_OBJECT_STREAM_BYTES) {
      this.problem = "pdfUnreadable";
      this.objectStream = null;
      return;
    }
    this.objectStream!.push(Buffer.from(piece));
  }

  private finishStream(): void {
    this.state = "normal";
    this.objectNames = new Set();
    const parts = this.objectStream;
    this.objectStream = null;
    if (!parts) return;
    const data = Buffer.concat(parts).subarray(0, this.objectStreamBytes - ENDSTREAM.length);
    let inflated: Buffer;
    try {
      const room = MAX_INFLATED_BYTES - this.budget.inflated;
      inflated = inflateSync(data, { maxOutputLength: Math.max(1, room), finishFlush: constants.Z_SYNC_FLUSH });
    } catch {
      this.problem = "pdfUnreadable";
      return;
    }
    this.budget.inflated += inflated.length;
    // The objects inside are dictionaries and arrays only (never streams): the same reading finds their names.
    const inner = new PdfSyntax(false, null, this.budget);
    inner.feed(inflated);
    inner.end();
    if (inner.problem) this.problem = inner.problem;
  }
}

/**
 * Checks a PDF fed a piece at a time. Refused: active content (scripts, launch actions,
 * embedded files, rich media, XFA), object streams it cannot read, web-page markup outside
 * stream data, and anything after the last %%EOF but white space (an appended file: the classic
 * way to make one file that is two).
 */
export class PdfCheck {
  private readonly syntax = new PdfSyntax(true, new MarkupFinder("page"), { inflated: 0 });
  private last = Buffer.alloc(0);

  feed(piece: Uint8Array): void {
    this.syntax.feed(piece);
    this.last = Buffer.concat([this.last, piece]).subarray(-2048);
  }

  end(): PdfProblem | null {
    this.syntax.end();
    if (this.syntax.problem) return this.syntax.problem;
    const text = this.last.toString("latin1");
    const eof = text.lastIndexOf("%%EOF");
    if (eof === -1) return "pdfUnreadable";
    return /^[\s\u0000]*$/u.test(text.slice(eof + 5)) ? null : "polyglot";
  }
}
