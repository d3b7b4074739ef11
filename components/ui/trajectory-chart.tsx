"use client";

import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// A reduction trajectory, in the conventions of components/ui/chart.tsx: measured values as bars, the
// target path as a solid line, the projection with planned actions as a dashed one; every value in the
// reader's number format, the legend below the chart, the whole described for screen readers by its label.

export type TTrajectoryPoint = { year: number; actual: number | null; target: number | null; projected: number | null };
export type TTrajectoryLegend = { actual: string; target: string; projected: string };

export const TRAJECTORY_COLORS = { actual: "#0e7665", target: "#4f46e5", projected: "#d97706" } as const;

type Props = { data: TTrajectoryPoint[]; locale: string; unit: string; label: string; legend: TTrajectoryLegend };

export function TrajectoryChart({ data, locale, unit, label, legend }: Props) {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  return (
    <div>
      <div role="img" aria-label={label} className="h-64 w-full sm:h-72">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 12, right: 8, bottom: 4, left: 0 }}>
            <CartesianGrid vertical={false} stroke="#e2e8f0" />
            <XAxis
              dataKey="year"
              tickLine={false}
              axisLine={{ stroke: "#cbd5e1" }}
              tick={{ fontSize: 11, fill: "#334155" }}
              minTickGap={8}
            />
            <YAxis
              width={44}
              tickLine={false}
              axisLine={false}
              tick={{ fontSize: 11, fill: "#64748b" }}
              tickFormatter={(v) => compact.format(Number(v))}
              domain={[0, "auto"]}
            />
            <Tooltip
              cursor={{ fill: "#f1f5f9" }}
              formatter={(value, name) => [
                `${number.format(Number(value))} ${unit}`,
                legend[name as keyof TTrajectoryLegend] ?? String(name),
              ]}
            />
            <Bar
              dataKey="actual"
              fill={TRAJECTORY_COLORS.actual}
              radius={[3, 3, 0, 0]}
              maxBarSize={36}
              isAnimationActive={false}
            />
            <Line
              dataKey="target"
              stroke={TRAJECTORY_COLORS.target}
              strokeWidth={2}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              dataKey="projected"
              stroke={TRAJECTORY_COLORS.projected}
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={{ r: 2 }}
              connectNulls
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        {(["actual", "target", "projected"] as const).map((k) => (
          <li key={k} className="flex items-center gap-1.5">
            <span
              aria-hidden
              className={k === "actual" ? "size-3 rounded-sm" : "h-0.5 w-4"}
              style={{ background: TRAJECTORY_COLORS[k] }}
            />
            {legend[k]}
          </li>
        ))}
      </ul>
    </div>
  );
}
