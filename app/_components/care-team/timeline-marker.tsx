"use client";

import { useState } from "react";
import { MARKER_SHAPE, type MarkerTone } from "./timeline-marker-shape";

/**
 * One day's changes on the timeline: a button that can be pointed at or reached with Tab, whose
 * name says the date and what happened. The note it opens is the same words for sighted readers;
 * Escape closes it (WCAG 1.4.13), and leaving it does too.
 */
export function TimelineMarker({
  at,
  row,
  label,
  lines,
  tone,
}: {
  /** Place on the axis, 0 to 1. */
  at: number;
  /** Which of the stacked rows (markers days apart do not cover each other). */
  row: number;
  label: string;
  lines: readonly string[];
  tone: MarkerTone;
}) {
  const [open, setOpen] = useState(false);
  // Near an edge the note opens inwards, so it never leaves the card.
  // The wrapper is moved (translate), so it stacks as a unit: lifted while its note is open, so
  // the note covers the axis labels drawn after it.
  const align = at < 0.35 ? "left-0" : at > 0.65 ? "right-0" : "left-1/2 -translate-x-1/2";
  return (
    <span
      className={`absolute -translate-x-1/2 ${open ? "z-20" : "z-[2]"}`}
      style={{ left: `${at * 100}%`, top: `${row * 1.25}rem` }}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
    >
      <button
        type="button"
        aria-label={label}
        aria-expanded={open}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen(true)}
        onKeyDown={(event) => {
          if (event.key === "Escape") setOpen(false);
        }}
        className="flex size-6 items-center justify-center rounded-full"
      >
        <span aria-hidden="true" className={`block size-3 border-2 border-white shadow ${MARKER_SHAPE[tone]}`} />
      </button>
      {open && (
        <span
          aria-hidden="true"
          className={`absolute top-7 z-10 w-48 rounded-md border border-stone-200 bg-white p-3 text-xs text-stone-800 shadow-lg sm:w-56 ${align}`}
        >
          {lines.map((line, index) => (
            <span key={index} className={index === 0 ? "block font-semibold" : "mt-1 block"}>
              {line}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}
