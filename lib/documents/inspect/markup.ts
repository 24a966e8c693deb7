/**
 * Finds web-page markup in bytes fed a piece at a time: the mark of a polyglot (a picture or a
 * PDF that a browser would also run as a page) or of an HTML file passed off as text. Markers
 * are compared without regard to case; one may straddle two pieces.
 */
const PAGE_MARKERS = ["<script", "<html", "<iframe", "<body", "<!doctype", "<?php", "<svg", "<object", "<embed"];
/** Text must not be markup of any kind, XML included. */
const TEXT_MARKERS = [...PAGE_MARKERS, "<?xml", "<head", "<meta", "<style", "<form", "<link", "<img", "<a href"];

const LT = 0x3c;

export class MarkupFinder {
  private readonly markers: Buffer[];
  private readonly longest: number;
  private tail = Buffer.alloc(0);
  found: string | null = null;

  constructor(kind: "page" | "text") {
    this.markers = (kind === "text" ? TEXT_MARKERS : PAGE_MARKERS).map((marker) => Buffer.from(marker, "latin1"));
    this.longest = Math.max(...this.markers.map((marker) => marker.length));
  }

  feed(piece: Uint8Array): void {
    if (this.found) return;
    const bytes =
      this.tail.length > 0
        ? Buffer.concat([this.tail, piece])
        : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    const settled = Math.max(0, bytes.length - this.longest + 1);
    this.search(bytes, settled);
    this.tail = Buffer.from(bytes.subarray(settled));
  }

  end(): void {
    if (!this.found) this.search(this.tail, this.tail.length);
    this.tail = Buffer.alloc(0);
  }

  /** Looks for a marker starting before `until`. */
  private search(bytes: Buffer, until: number): void {
    for (let at = bytes.indexOf(LT); at !== -1 && at < until; at = bytes.indexOf(LT, at + 1)) {
      for (const marker of this.markers) {
        if (at + marker.length > bytes.length) continue;
        let same = true;
        for (let i = 1; i < marker.length && same; i++) same = lower(bytes[at + i]!) === marker[i];
        if (same) {
          this.found = marker.toString("latin1");
          return;
        }
      }
    }
  }
}

const lower = (byte: number) => (byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte);
