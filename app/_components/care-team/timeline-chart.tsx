"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { GapStatus } from "@/lib/domain/gaps";
import { STATUS_COLOR } from "./status-badge";

export type TimelinePoint = { date: string; label: string } & Record<GapStatus, number>;

const STACK: GapStatus[] = ["missing", "mismatch", "unverified", "covered"];

/**
 * How many needed services were missing, mismatched, unverified or covered at each step. Drawn for
 * sighted readers; the table beside it carries the same facts for everyone.
 */
export function TimelineChart({ points, summary }: { points: TimelinePoint[]; summary: string }) {
  const t = useTranslations("gapStatus");
  return (
    <div role="img" aria-label={summary} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: -16 }} barCategoryGap={1}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={24} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          {STACK.map((status) => (
            <Bar key={status} dataKey={status} name={t(status)} stackId="services" fill={STATUS_COLOR[status]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
