import type { GapStatus } from "@/lib/domain/gaps";

/** One step of the timeline chart: how many services were in each status on that date. */
export type TimelinePoint = { date: string; label: string } & Record<GapStatus, number>;

/** A labelled step on the chart's axis: the first step of a month (or quarter), "Dec 2025". */
export type ChartTick = { date: string; label: string };
