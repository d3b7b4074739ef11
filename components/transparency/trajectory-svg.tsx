// A trajectory drawn as plain SVG on the server (no chart library, no script: the public page stays light
// on a phone and prints as shown): measured values as bars, the target path solid, the projection dashed.
// Colours as the app's trajectory chart (components/ui/trajectory-chart.tsx).

export type TSvgPoint = { year: number; actual: number | null; target: number | null; projected: number | null };

const COLORS = { actual: "#0e7665", target: "#4f46e5", projected: "#d97706" } as const;
const [H, LEFT, BOTTOM, TOP] = [240, 48, 24, 10];

type TChart = { points: TSvgPoint[]; label: string; formatAxis: (value: number) => string };

// Drawn twice, for a phone and a wider screen, so labels keep a readable size (an SVG scales its text).
export function TrajectorySvg({ legend, ...chart }: TChart & { legend: Record<keyof typeof COLORS, string> }) {
  if (chart.points.length === 0) return null;
  return (
    <figure className="break-inside-avoid">
      <Chart {...chart} width={360} className="h-auto w-full sm:hidden print:hidden" />
      <Chart {...chart} width={640} className="hidden h-auto w-full max-w-3xl sm:block print:block" />
      <figcaption>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
          {(["actual", "target", "projected"] as const).map((k) => (
            <li key={k} className="flex items-center gap-1.5">
              <span
                aria-hidden
                className={k === "actual" ? "size-3 rounded-sm" : "h-0.5 w-4"}
                style={{ background: COLORS[k] }}
              />
              {legend[k]}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

function Chart({ points, label, formatAxis, width: W, className }: TChart & { width: number; className: string }) {
  const values = points.flatMap((p) => [p.actual, p.target, p.projected]).filter((v): v is number => v !== null);
  const max = niceCeil(Math.max(...values, 0));
  const step = (W - LEFT) / points.length;
  const x = (i: number) => LEFT + step * (i + 0.5);
  const y = (v: number) => TOP + (H - BOTTOM - TOP) * (1 - v / max);
  const line = (key: "target" | "projected") =>
    points
      .map((p, i) => (p[key] === null ? null : `${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`))
      .filter(Boolean)
      .join(" ");
  const every = Math.ceil(points.length / 10); // at most ten year labels
  const barWidth = Math.min(28, step * 0.6);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className={className}>
      {[0, 0.5, 1].map((share) => (
        <g key={share}>
          <line x1={LEFT} x2={W} y1={y(max * share)} y2={y(max * share)} stroke="#e2e8f0" />
          <text x={LEFT - 6} y={y(max * share) + 4} textAnchor="end" fontSize="11" fill="#64748b">
            {formatAxis(max * share)}
          </text>
        </g>
      ))}
      {points.map((p, i) =>
        p.actual === null ? null : (
          <rect
            key={`bar-${p.year}`}
            x={x(i) - barWidth / 2}
            y={y(p.actual)}
            width={barWidth}
            height={Math.max(0, y(0) - y(p.actual))}
            rx={2}
            fill={COLORS.actual}
          />
        ),
      )}
      <polyline points={line("target")} fill="none" stroke={COLORS.target} strokeWidth={2} />
      <polyline
        points={line("projected")}
        fill="none"
        stroke={COLORS.projected}
        strokeWidth={2}
        strokeDasharray="6 4"
      />
      {points.map((p, i) =>
        i % every === 0 || i === points.length - 1 ? (
          <text key={`year-${p.year}`} x={x(i)} y={H - 6} textAnchor="middle" fontSize="11" fill="#334155">
            {p.year}
          </text>
        ) : null,
      )}
    </svg>
  );
}

/** The axis top: the next round figure (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ) at or above the largest value. */
export function niceCeil(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * magnitude >= value) ?? 10;
  return step * magnitude;
}
