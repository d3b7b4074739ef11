"use client";

import {
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";

// Actions placed by cost (x) and expected reduction (y), in the conventions of components/ui/chart.tsx:
// the reader's number format, the medians drawn as dashed lines that split the plan in four, one colour
// per group (with its legend beside, in the view), the whole described for screen readers by its label.

export type TImpactEffortPoint = { id: string; title: string; x: number; y: number; color: string };

type Props = {
  points: TImpactEffortPoint[];
  medians: { x: number; y: number };
  locale: string;
  label: string;
  axes: { x: string; y: string };
};

export function ImpactEffortChart({ points, medians, locale, label, axes }: Props) {
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (
    <div role="img" aria-label={label} className="h-72 w-full sm:h-80">
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 12, right: 16, bottom: 24, left: 4 }}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis
            type="number"
            dataKey="x"
            name={axes.x}
            tickLine={false}
            axisLine={{ stroke: "#cbd5e1" }}
            tick={{ fontSize: 11, fill: "#334155" }}
            tickFormatter={(v) => compact.format(Number(v))}
            label={{ value: axes.x, position: "insideBottom", offset: -14, fontSize: 11, fill: "#475569" }}
          />
          <YAxis
            type="number"
            dataKey="y"
            name={axes.y}
            width={48}
            tickLine={false}
            axisLine={false}
            tick={{ fontSize: 11, fill: "#64748b" }}
            tickFormatter={(v) => compact.format(Number(v))}
            label={{ value: axes.y, angle: -90, position: "insideLeft", offset: 10, fontSize: 11, fill: "#475569" }}
          />
          <ZAxis range={[90, 90]} />
          <ReferenceLine x={medians.x} stroke="#94a3b8" strokeDasharray="4 4" />
          <ReferenceLine y={medians.y} stroke="#94a3b8" strokeDasharray="4 4" />
          <Tooltip
            cursor={{ strokeDasharray: "3 3" }}
            content={({ payload }) => {
              const point = payload?.[0]?.payload as TImpactEffortPoint | undefined;
              if (!point) return null;
              return (
                <div className="max-w-64 rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow">
                  <p className="font-medium text-slate-900">{point.title}</p>
                  <p className="text-slate-600">
                    {axes.y}: {number.format(point.y)}
                  </p>
                  <p className="text-slate-600">
                    {axes.x}: {number.format(point.x)}
                  </p>
                </div>
              );
            }}
          />
          <Scatter data={points} isAnimationActive={false} shape="circle" fillOpacity={0.85}>
            {points.map((p) => (
              <Cell key={p.id} fill={p.color} />
            ))}
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
