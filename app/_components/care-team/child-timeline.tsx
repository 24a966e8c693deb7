import type { GapStatus } from "@/lib/domain/gaps";
import { STATUS_COLOR } from "./status-badge";
import { TimelineMarker } from "./timeline-marker";
import type { MarkerTone } from "./timeline-marker-shape";

/** `shownFrom`: the narrowest axis its label is shown on (labels thin out as the card narrows). */
export type AxisTickView = {
  date: string;
  at: number;
  end: number;
  label: string | null;
  shownFrom: "phone" | "narrow" | "wide";
};

// Container widths, not the screen's: the axis knows its own room. @md is 28rem, @2xl 42rem.
const SHOWN_FROM: Record<AxisTickView["shownFrom"], string> = {
  phone: "block",
  narrow: "hidden @md:block",
  wide: "hidden @2xl:block",
};
export type TimelineSegmentView = { key: string; left: number; width: number; status: GapStatus; title: string };
export type TimelineLaneView = { serviceId: string; label: string; segments: TimelineSegmentView[] };
export type TimelineMarkerView = {
  key: string;
  at: number;
  row: number;
  label: string;
  lines: string[];
  tone: MarkerTone;
};

const pct = (fraction: number) => `${fraction * 100}%`;

/**
 * One child's services on a real time axis: a lane per service with its status intervals to the
 * day, the changes that moved them as markers under the lanes, and month labels below. The lanes
 * are drawn for the eye (the table after them says the same in words); the markers are buttons.
 */
export function ChildTimeline({
  lanes,
  markers,
  ticks,
  changesLabel,
}: {
  lanes: TimelineLaneView[];
  markers: TimelineMarkerView[];
  ticks: AxisTickView[];
  changesLabel: string;
}) {
  const rows = Math.max(1, ...markers.map((marker) => marker.row + 1));
  const guides = (
    <>
      {ticks.map((tick) => (
        <span key={tick.date} className="absolute inset-y-0 w-px bg-stone-300" style={{ left: pct(tick.at) }} />
      ))}
      {markers.map((marker) => (
        <span
          key={marker.key}
          className="absolute inset-y-0 z-[1] w-px border-l border-dashed border-stone-700/50"
          style={{ left: pct(marker.at) }}
        />
      ))}
    </>
  );
  return (
    <div className="grid grid-cols-1 gap-x-3 gap-y-1 text-xs sm:grid-cols-[12rem_minmax(0,1fr)]">
      {lanes.map((lane) => (
        <div key={lane.serviceId} aria-hidden="true" className="contents">
          <span className="mt-2 font-medium text-stone-800 sm:mt-0 sm:self-center sm:truncate" title={lane.label}>
            {lane.label}
          </span>
          <div className="relative h-5 overflow-hidden rounded bg-stone-100">
            {lane.segments.map((segment) => (
              <span
                key={segment.key}
                title={segment.title}
                className="absolute inset-y-0"
                style={{
                  left: pct(segment.left),
                  width: pct(segment.width),
                  backgroundColor: STATUS_COLOR[segment.status],
                }}
              />
            ))}
            {guides}
          </div>
        </div>
      ))}

      <span className="mt-3 font-medium text-stone-800 sm:mt-0 sm:self-start sm:pt-1">{changesLabel}</span>
      <div className="relative" style={{ height: `${rows * 1.25 + 0.5}rem` }}>
        {markers.map(({ key, ...marker }) => (
          <TimelineMarker key={key} {...marker} />
        ))}
      </div>

      <span aria-hidden="true" className="hidden sm:block" />
      <div aria-hidden="true" data-testid="timeline-axis" className="@container relative h-5 border-t border-stone-300">
        {ticks.map((tick) => (
          <span key={tick.date} className="absolute top-0 h-1.5 w-px bg-stone-400" style={{ left: pct(tick.at) }} />
        ))}
        {/* Each label sits under the middle of its month (or quarter), as a calendar would. */}
        {ticks.map((tick) =>
          tick.label === null ? null : (
            <span
              key={`label-${tick.date}`}
              className={`absolute top-1 -translate-x-1/2 text-[11px] whitespace-nowrap text-stone-700 ${SHOWN_FROM[tick.shownFrom]}`}
              style={{ left: pct((tick.at + tick.end) / 2) }}
            >
              {tick.label}
            </span>
          ),
        )}
      </div>
    </div>
  );
}
