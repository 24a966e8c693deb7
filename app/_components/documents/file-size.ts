import type { useFormatter } from "next-intl";

type Formatter = Pick<ReturnType<typeof useFormatter>, "number">;

/** A file's size as people read it, in the reader's locale: "840 kB", "2.4 MB". */
export function fileSize(format: Formatter, bytes: number): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), "megabyte"] : [Math.max(1, bytes / 1024), "kilobyte"];
  return format.number(value, { style: "unit", unit, maximumFractionDigits: value < 10 ? 1 : 0 });
}
