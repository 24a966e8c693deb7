"use client";

import dynamic from "next/dynamic";

import type { ChartTick, TimelinePoint } from "./timeline-point";

export type { ChartTick, TimelinePoint };

// recharts is most of this page's JavaScript: it loads after the page, into a box of the final
// size, so the first load stays small and nothing moves when it arrives.
const TimelineBars = dynamic(() => import("./timeline-bars"), { ssr: false });

/**
 * How many needed services were missing, mismatched, unverified or covered at each step. Drawn for
 * sighted readers; the table beside it carries the same facts for everyone.
 */
export function TimelineChart({
  points,
  ticks,
  summary,
}: {
  points: TimelinePoint[];
  ticks: ChartTick[];
  summary: string;
}) {
  return (
    <div role="img" aria-label={summary} className="h-72 w-full">
      <TimelineBars points={points} ticks={ticks} />
    </div>
  );
}
