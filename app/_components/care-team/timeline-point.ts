import type { GapStatus } from "@/lib/domain/gaps";

/** One step of the timeline chart: how many services were in each status on that date. */
export type TimelinePoint = { date: string; label: string } & Record<GapStatus, number>;
