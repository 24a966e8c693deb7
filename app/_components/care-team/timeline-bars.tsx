"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { GapStatus } from "@/lib/domain/gaps";
import { STATUS_COLOR } from "./status-badge";
import type { TimelinePoint } from "./timeline-point";

const STACK: GapStatus[] = ["missing", "mismatch", "unverified", "covered"];

/** The stacked bars themselves: recharts, loaded after the page (see timeline-chart.tsx). */
export default function TimelineBars({ points }: { points: TimelinePoint[] }) {
  const t = useTranslations("gapStatus");
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: -16 }} barCategoryGap={1}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={24} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend />
        {STACK.map((status) => (
          <Bar
            key={status}
            dataKey={status}
            name={t(status)}
            stackId="services"
            fill={STATUS_COLOR[status]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
