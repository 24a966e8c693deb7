import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/articles/render";

/** Markdown a careless or hostile author might write; every line must come out inert. */
const HOSTILE = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](  javascript:alert(1))",
  "[click](java&#115;cript:alert(1))",
  "[click](&#x6A;avascript:alert(1))",
  "[click](vbscript:msgbox(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "![img](javascript:alert(1))",
  '<img src="x" onerror="alert(1)">',
  '<a href="https://ok.example" onclick="alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  "<style>body{display:none}</style>",
  '<div style="position:fixed;inset:0">overlay</div>',
  '<form action="https://evil.example"><input name=x></form>',
  "<svg><script>alert(1)</script></svg>",
  "<object data=x></object><embed src=x>",
  "<meta http-equiv=refresh content='0;url=https://evil.example'>",
  '[ref]\n\n[ref]: javascript:alert(1) "t"',
  "<https://ok.example/path?q=<script>>",
  '<a href="javascript:alert(1)">raw</a>',
  "- [ ] a task list checkbox",
];

describe("rendering hostile Markdown", () => {
  it.each(HOSTILE)("%s renders inert", (markdown) => {
    const { html } = renderMarkdown(markdown);
    const lower = html.toLowerCase();
    expect(lower).not.toMatch(/<(script|iframe|style|form|input|object|embed|meta|svg)\b/);
    expect(lower).not.toMatch(/\son[a-z]+\s*=/);
    expect(lower).not.toMatch(/\sstyle\s*=/);
    for (const attribute of lower.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      expect(attribute[1]).toMatch(/^(https?:|mailto:|\/|#)/);
    }
    expect(lower).not.toContain("javascript:");
    expect(lower).not.toMatch(/(href|src)="data:/);
  });

  it("keeps ordinary Markdown: headings with ids, lists, tables, emphasis", () => {
    const { html, headings } = renderMarkdown(
      "## What it is\n\n**bold** and *soft*\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n### Next step\n\n## What it is\n",
    );
    expect(html).toContain('<h2 id="what-it-is">What it is</h2>');
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<table>");
    expect(headings).toEqual([
      { id: "what-it-is", text: "What it is", depth: 2 },
      { id: "next-step", text: "Next step", depth: 3 },
      { id: "what-it-is-1", text: "What it is", depth: 2 },
    ]);
  });

  it("opens external links safely and leaves internal ones alone", () => {
    const { html, links } = renderMarkdown(
      "[out](https://example.org/a) and [in](/articles/safety-planning) and [mail](mailto:a@example.org)",
    );
    expect(html).toContain('<a href="https://example.org/a" rel="noopener noreferrer" target="_blank">out</a>');
    expect(html).toContain('<a href="/articles/safety-planning">in</a>');
    expect(html).not.toMatch(/mailto:[^"]*" [^>]*target/);
    expect(links).toEqual(["https://example.org/a", "/articles/safety-planning", "mailto:a@example.org"]);
  });

  it("escapes text that looks like markup", () => {
    const { html, text } = renderMarkdown('a < b & c > d "quoted"');
    expect(html).toContain("a &#x3C; b &#x26; c > d");
    expect(text).toBe('a < b & c > d "quoted"');
  });
});
