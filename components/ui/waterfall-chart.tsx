"use client";

import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// A waterfall (bridge) chart, in the conventions of components/ui/chart.tsx: a start total, steps that
// rise or fall from the running total, an end total. Each step floats on an invisible base; increases,
// decreases and totals have their own colour, named in the legend, and every bar is labelled with its
// signed value in the reader's number format.

export type TWaterfallStep = { label: string; value: number; kind: "total" | "step" };
export type TWaterfallLegend = { total: string; increase: string; decrease: string };

export const WATERFALL_COLORS = { total: "#475569", increase: "#b91c1c", decrease: "#047857" } as const;

type TBar = { label: string; base: number; size: number; value: number; color: string; kind: "total" | "step" };

function bars(steps: TWaterfallStep[]): TBar[] {
  let running = 0;
  return steps.map((s) => {
    if (s.kind === "total") {
      running = s.value;
      return { label: s.label, base: 0, size: s.value, value: s.value, color: WATERFALL_COLORS.total, kind: s.kind };
    }
    const from = running;
    running += s.value;
    return {
      label: s.label,
      base: Math.min(from, running),
      size: Math.abs(s.value),
      value: s.value,
      color: s.value > 0 ? WATERFALL_COLORS.increase : WATERFALL_COLORS.decrease,
      kind: s.kind,
    };
  });
}

type Props = { steps: TWaterfallStep[]; locale: string; unit: string; label: string; legend: TWaterfallLegend };

export function WaterfallChart({ steps, locale, unit, label, legend }: Props) {
  const data = bars(steps);
  // Two decimals under 10 (either sign), one above, as the tables beside the chart.
  const format = (d: TBar) =>
    `${new Intl.NumberFormat(locale, {
      maximumFractionDigits: Math.abs(d.value) < 10 ? 2 : 1,
      signDisplay: d.kind === "total" ? "auto" : "exceptZero",
    }).format(d.value)} ${unit}`;
  return (
    <div>
      <div role="img" aria-label={label} className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 22, right: 4, bottom: 4, left: 4 }}>
            <XAxis
              dataKey="label"
              interval={0}
              tickLine={false}
              axisLine={{ stroke: "#cbd5e1" }}
              tick={{ fontSize: 11, fill: "#334155" }}
            />
            <YAxis hide domain={[0, "auto"]} />
            <Tooltip
              cursor={{ fill: "#f1f5f9" }}
              content={({ active, payload }) => {
                const d = payload?.[0]?.payload as TBar | undefined;
                if (!active || !d) return null;
                return (
                  <div className="rounded border border-slate-200 bg-white px-2 py-1 text-xs shadow">
                    <span className="font-medium">{d.label}</span> · {format(d)}
                  </div>
                );
              }}
            />
            <Bar dataKey="base" stackId="w" fill="transparent" isAnimationActive={false} />
            <Bar dataKey="size" stackId="w" isAnimationActive={false} radius={[3, 3, 0, 0]}>
              {data.map((d) => (
                <Cell key={d.label} fill={d.color} />
              ))}
              <LabelList
                dataKey="value"
                position="top"
                content={({ x, y, width, index }) => {
                  const d = data[index as number];
                  if (!d) return null;
                  return (
                    <text
                      x={Number(x) + Number(width) / 2}
                      y={Number(y) - 6}
                      textAnchor="middle"
                      className="fill-slate-700 text-[11px] tabular-nums"
                    >
                      {format(d)}
                    </text>
                  );
                }}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        {(["total", "increase", "decrease"] as const).map((k) => (
          <li key={k} className="flex items-center gap-1.5">
            <span aria-hidden className="size-3 rounded-sm" style={{ background: WATERFALL_COLORS[k] }} />
            {legend[k]}
          </li>
        ))}
      </ul>
    </div>
  );
}
