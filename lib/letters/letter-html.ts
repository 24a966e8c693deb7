import type { LetterDto } from "@/lib/schemas/letters";

// A letter as a printable page: the family's text as they left it, paragraphs where they put a
// blank line, a list where lines start with "- ". Everything is escaped; nothing is added but the
// subject line. The type size is a parameter: the PDF steps it down until the letter is one page.

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Font sizes to try, largest first: a short letter reads at 11 pt, the longest allowed still fits at 6. */
export const LETTER_FONT_SIZES = [11, 10, 9, 8, 7, 6] as const;

/**
 * The size to try first, from a rough count of printed lines (about 95 characters a line at 11 pt
 * on US Letter or A4), so a long letter does not take six renders to find its size.
 */
export function firstFontSize(body: string): number {
  const usable = 240; // millimetres of text height on the smaller page, after margins and the subject
  for (const size of LETTER_FONT_SIZES) {
    const perLine = Math.floor((95 * 11) / size);
    const lines = body
      .split("\n")
      .reduce((total, line) => total + (line.trim() === "" ? 0.6 : Math.max(1, Math.ceil(line.length / perLine))), 0);
    const height = lines * size * 1.35 * 0.3528;
    if (height <= usable) return size;
  }
  return LETTER_FONT_SIZES.at(-1)!;
}

function bodyHtml(body: string): string {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const lines = paragraph.split("\n");
      const items = lines.filter((line) => line.startsWith("- "));
      if (items.length === 0) return `<p>${lines.map(escape).join("<br>")}</p>`;
      // A lead line, then the list; lines that are neither stay as text in order.
      let html = "";
      let open = false;
      for (const line of lines) {
        if (line.startsWith("- ")) {
          if (!open) html += "<ul>";
          open = true;
          html += `<li>${escape(line.slice(2))}</li>`;
        } else {
          if (open) html += "</ul>";
          open = false;
          html += `<p>${escape(line)}</p>`;
        }
      }
      return `<div class="lt-block">${html}${open ? "</ul>" : ""}</div>`;
    })
    .join("");
}

export function letterSheetHtml(letter: Pick<LetterDto, "subject" | "body" | "locale">, fontSizePt = 11): string {
  return (
    `<article class="lt-sheet" lang="${escape(letter.locale)}" style="font-size:${fontSizePt}pt">` +
    `<h1 class="lt-subject">${escape(letter.subject)}</h1>${bodyHtml(letter.body)}</article>`
  );
}

export const LETTER_CSS = `
.lt-sheet { box-sizing: border-box; color: #1c1917; line-height: 1.35; overflow-wrap: anywhere;
  font-family: ui-serif, Georgia, "Times New Roman", "Liberation Serif", "Noto Serif", serif; }
.lt-subject { font-size: 1.1em; margin: 0 0 1em; font-family: ui-sans-serif, system-ui, "Liberation Sans", Arial, sans-serif; }
.lt-sheet p { margin: 0 0 0.45em; }
.lt-block p { margin: 0; }
.lt-block { margin: 0 0 0.45em; }
.lt-sheet ul { margin: 0.1em 0 0; padding-left: 1.4em; }
.lt-sheet li { margin: 0 0 0.15em; }
`;

/** The letter as a standalone document for Chromium: its own markup and stylesheet, nothing else. */
export function letterDocumentHtml(letter: Pick<LetterDto, "subject" | "body" | "locale">, fontSizePt = 11): string {
  return `<!doctype html><html lang="${escape(letter.locale)}"><head><meta charset="utf-8"><title>${escape(letter.subject)}</title><style>${LETTER_CSS} body{margin:0}</style></head><body>${letterSheetHtml(letter, fontSizePt)}</body></html>`;
}
