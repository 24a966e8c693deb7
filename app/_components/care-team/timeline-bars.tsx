"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { GapStatus } from "@/lib/domain/gaps";
import { STATUS_COLOR } from "./status-badge";
import type { ChartTick, TimelinePoint } from "./timeline-point";

const STACK: GapStatus[] = ["missing", "mismatch", "unverified", "covered"];

/** The stacked bars themselves: recharts, loaded after the page (see timeline-chart.tsx). */
export default function TimelineBars({ points, ticks }: { points: TimelinePoint[]; ticks: ChartTick[] }) {
  const t = useTranslations("gapStatus");
  const labels = new Map(ticks.map((tick) => [tick.date, tick.label]));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: -16 }} barCategoryGap={1}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        {/* Month-year labels at the first step of each month (or quarter): each month named once. */}
        <XAxis
          dataKey="date"
          ticks={ticks.map((tick) => tick.date)}
          tickFormatter={(date: string) => labels.get(date) ?? ""}
          tick={{ fontSize: 12 }}
          interval="preserveStart"
          minTickGap={16}
        />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
        <Tooltip labelFormatter={(date) => points.find((point) => point.date === date)?.label ?? String(date)} />
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
