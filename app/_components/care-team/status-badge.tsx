import { useTranslations } from "next-intl";
import type { GapStatus } from "@/lib/domain/gaps";

// Colour is never the only signal: each badge carries its word, and an icon-like mark.
const TONE: Record<GapStatus, string> = {
  missing: "bg-red-100 text-red-900 ring-red-300",
  mismatch: "bg-orange-100 text-orange-900 ring-orange-300",
  unverified: "bg-stone-200 text-stone-900 ring-stone-300",
  covered: "bg-emerald-100 text-emerald-900 ring-emerald-300",
};
const MARK: Record<GapStatus, string> = { missing: "✕", mismatch: "!", unverified: "?", covered: "✓" };

export const STATUS_COLOR: Record<GapStatus, string> = {
  missing: "#b91c1c",
  mismatch: "#c2410c",
  unverified: "#78716c",
  covered: "#047857",
};

export function StatusBadge({ status }: { status: GapStatus }) {
  const t = useTranslations("gapStatus");
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${TONE[status]}`}
    >
      <span aria-hidden="true">{MARK[status]}</span>
      {t(status)}
    </span>
  );
}
