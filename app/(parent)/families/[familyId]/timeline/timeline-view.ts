import { addDays } from "@/lib/core/dates";
import { axisSpan, axisTicks, markerRows, type GapStatus } from "@/lib/domain/gaps";
import type { TimelineDto, TimelineEventDto } from "@/lib/care-team/gaps";
import type { AxisTickView, TimelineLaneView, TimelineMarkerView } from "@/app/_components/care-team/child-timeline";

/** The words the view needs, in the reader's language: the page passes its translators in. */
export type TimelineWords = {
  date: (iso: string) => string;
  month: (iso: string) => string;
  service: (id: string) => string;
  event: (event: TimelineEventDto) => string;
  status: (status: GapStatus) => string;
  marker: (date: string, what: string) => string;
  segment: (values: { service: string; status: string; from: string; to: string }) => string;
};

// How many labels fit: about four on a phone, seven on a narrow card; on a wide card, every one.
const PHONE_LABELS = 4;
const NARROW_LABELS = 7;
// Markers closer than this share no row: about ten days on a year's axis.
const MARKER_GAP = 0.03;

export function axisView(picture: Pick<TimelineDto, "from" | "to">, words: TimelineWords): AxisTickView[] {
  const ticks = axisTicks(picture.from, picture.to);
  const phone = Math.ceil(ticks.length / PHONE_LABELS);
  const narrow = Math.ceil(ticks.length / NARROW_LABELS);
  return ticks.map((tick, index) => ({
    ...tick,
    // A period cut short by today has no room for its name: its tick line stays.
    label: tick.whole ? words.month(tick.date) : null,
    shownFrom: index % phone === 0 ? "phone" : index % narrow === 0 ? "narrow" : "wide",
  }));
}

/** One lane per service, its intervals to the day (the engine's `intervals`, not the sampled steps). */
export function lanesView(
  picture: Pick<TimelineDto, "from" | "to">,
  child: TimelineDto["children"][number],
  words: TimelineWords,
): TimelineLaneView[] {
  return child.services.map(({ serviceId }) => ({
    serviceId,
    label: words.service(serviceId),
    segments: child.intervals.flatMap((interval) => {
      if (interval.serviceId !== serviceId) return [];
      const span = axisSpan(interval.from, interval.to, picture.from, picture.to);
      if (!span) return [];
      return [
        {
          key: interval.from,
          ...span,
          status: interval.status,
          title: words.segment({
            service: words.service(serviceId),
            status: words.status(interval.status),
            from: words.date(interval.from),
            to: words.date(interval.to ?? picture.to),
          }),
        },
      ];
    }),
  }));
}

/** One marker per day with changes; its name gives the exact date and every change that day. */
export function markersView(
  picture: Pick<TimelineDto, "from" | "to">,
  child: TimelineDto["children"][number],
  words: TimelineWords,
): TimelineMarkerView[] {
  const days = new Map<string, TimelineEventDto[]>();
  for (const event of child.events) days.set(event.date, [...(days.get(event.date) ?? []), event]);
  const dates = [...days.keys()].sort();
  // A marker sits in the middle of its day.
  const positions = dates.map((date) => {
    const span = axisSpan(date, date, picture.from, picture.to)!;
    return span.left + span.width / 2;
  });
  const rows = markerRows(positions, MARKER_GAP);
  return dates.map((date, index) => {
    const events = days.get(date)!;
    const lines = events.map(words.event);
    const providers = events.filter((event) => event.kind.startsWith("provider-")).length;
    return {
      key: date,
      at: positions[index]!,
      row: rows[index]!,
      label: words.marker(words.date(date), lines.join("; ")),
      lines: [words.date(date), ...lines],
      tone: providers === events.length ? "provider" : providers === 0 ? "need" : "both",
    };
  });
}

/** For the summary chart: the first sampled date in each labelled month, with its label. */
export function chartTicks(
  dates: readonly string[],
  ticks: readonly AxisTickView[],
): { date: string; label: string }[] {
  const chosen: { date: string; label: string }[] = [];
  ticks.forEach((tick, index) => {
    const next = ticks[index + 1]?.date ?? addDays(dates.at(-1) ?? tick.date, 1);
    const first = dates.find((date) => date >= tick.date && date < next);
    if (first && tick.label !== null) chosen.push({ date: first, label: tick.label });
  });
  return chosen;
}
