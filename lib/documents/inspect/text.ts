import { MarkupFinder } from "./markup";

/** Why bytes are not plain text, as a message key under validation.file. */
type TextProblem = "notText" | "looksLikeWebPage";

// Tabs, line breaks and form feeds are a text file's own; any other control character (NUL
// above all) means the bytes are not text a person wrote.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/u;

/**
 * Checks bytes fed a piece at a time for plain text: valid UTF-8 (a piece may end inside a
 * character), no control characters, and no markup: an HTML or SVG file is not "plain text",
 * whatever it is called.
 */
export class TextCheck {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  private readonly markup = new MarkupFinder("text");
  /** The first visible characters, kept until there are enough to tell whether a tag opens the file. */
  private opening: string | null = "";
  problem: TextProblem | null = null;

  feed(piece: Uint8Array): void {
    if (this.problem) return;
    this.check(() => this.decoder.decode(piece, { stream: true }));
    this.markup.feed(piece);
  }

  end(): TextProblem | null {
    if (!this.problem) this.check(() => this.decoder.decode());
    if (this.opening !== null) this.judgeOpening();
    this.markup.end();
    if (!this.problem && this.markup.found) this.problem = "looksLikeWebPage";
    return this.problem;
  }

  /** A file whose first visible character opens a tag is markup, whatever the tag. */
  private judgeOpening(): void {
    if (/^<[!?A-Za-z]/u.test(this.opening ?? "")) this.problem ??= "looksLikeWebPage";
    this.opening = null;
  }

  private check(decode: () => string): void {
    let text: string;
    try {
      text = decode();
    } catch {
      this.problem = "notText";
      return;
    }
    if (CONTROL.test(text)) this.problem = "notText";
    if (this.opening !== null) {
      this.opening = (this.opening + text).replace(/^[\s\uFEFF]+/u, "");
      if (this.opening.length >= 2) this.judgeOpening();
    }
  }
}
