"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Bar, BarChart, Cell, LabelList, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// The one wrapper around recharts: every chart of the app is drawn here, with the same colours, the
// reader's number format and labels that stay readable on a phone.

// href: where a click on the bar or slice leads (the lines behind it); its label or legend entry is then a
// link too, so the keyboard reaches the same place.
export type TChartDatum = { label: string; value: number; color: string; href?: string };

type TUnitProps = { locale: string; unit: string };

const formatter = (locale: string, unit: string) => {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (value: unknown) => `${number.format(Number(value))} ${unit}`;
};

// Long category names are wrapped over up to three lines beside their bar rather than cut off.
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && (last + " " + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 3
    ? [
        ...lines.slice(0, 2),
        `${lines
          .slice(2)
          .join(" ")
          .slice(0, width - 1)}…`,
      ]
    : lines;
}

type TTickProps = { x?: number; y?: number; payload?: { value: string }; hrefs?: Map<string, string> };

function CategoryTick({ x = 0, y = 0, payload, hrefs }: TTickProps) {
  const router = useRouter();
  const lines = wrap(payload?.value ?? "", 22);
  const href = hrefs?.get(payload?.value ?? "");
  const text = (
    <text
      x={x - 6}
      y={y}
      textAnchor="end"
      className={href ? "fill-brand-700 text-[11px]" : "fill-slate-700 text-[11px]"}
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x - 6} dy={i === 0 ? `${0.35 - (lines.length - 1) * 0.55}em` : "1.1em"}>
          {line}
        </tspan>
      ))}
    </text>
  );
  if (!href) return text;
  return (
    <a
      href={href}
      className="cursor-pointer hover:underline focus:outline-2"
      onClick={(event) => {
        event.preventDefault();
        router.push(href);
      }}
    >
      {text}
    </a>
  );
}

/** Follows a datum's href when its bar or slice is clicked. */
function useSelect() {
  const router = useRouter();
  return (datum: unknown) => {
    const href = (datum as { payload?: TChartDatum } | undefined)?.payload?.href;
    if (href) router.push(href);
  };
}

/** Ranked horizontal bars, largest first as given, the value printed at the end of each bar. */
export function RankedBarChart({ data, locale, unit, label }: TUnitProps & { data: TChartDatum[]; label: string }) {
  const format = formatter(locale, unit);
  const height = Math.max(120, data.length * 44 + 16);
  const select = useSelect();
  const hrefs = new Map(data.flatMap((d) => (d.href ? [[d.label, d.href] as const] : [])));
  return (
    <div role="img" aria-label={label} style={{ height }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 72, bottom: 4, left: 4 }}>
          <XAxis type="number" hide />
          <YAxis
            type="category"
            dataKey="label"
            width={150}
            tick={<CategoryTick hrefs={hrefs} />}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip formatter={(value) => format(value)} cursor={{ fill: "#f1f5f9" }} />
          <Bar dataKey="value" radius={[0, 4, 4, 0]} barSize={22} isAnimationActive={false} onClick={select}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.color} className={d.href ? "cursor-pointer" : undefined} />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              formatter={(value) => format(value)}
              className="fill-slate-700 text-[11px]"
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** A ring of shares with its legend (value and %) beside it, or below it on a phone. */
export function DonutChart({ data, locale, unit, label }: TUnitProps & { data: TChartDatum[]; label: string }) {
  const format = formatter(locale, unit);
  const total = data.reduce((sum, d) => sum + Math.max(0, d.value), 0);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const select = useSelect();
  return (
    <div className="flex flex-col items-center gap-4 sm:flex-row">
      <div role="img" aria-label={label} className="h-44 w-44 shrink-0">
        <ResponsiveContainer width="100%" height="100%">
          <PieChart>
            <Pie
              data={data.filter((d) => d.value > 0)}
              dataKey="value"
              nameKey="label"
              innerRadius="58%"
              outerRadius="100%"
              paddingAngle={1}
              isAnimationActive={false}
              onClick={select}
            >
              {data
                .filter((d) => d.value > 0)
                .map((d) => (
                  <Cell key={d.label} fill={d.color} className={d.href ? "cursor-pointer" : undefined} />
                ))}
            </Pie>
            <Tooltip formatter={(value) => format(value)} />
          </PieChart>
        </ResponsiveContainer>
      </div>
      <ul className="w-full space-y-2 text-sm">
        {data.map((d) => (
          <li key={d.label} className="flex items-center gap-2">
            <span aria-hidden className="size-3 shrink-0 rounded-sm" style={{ background: d.color }} />
            {d.href ? (
              <Link href={d.href} className="min-w-0 flex-1 text-brand-700 hover:underline">
                {d.label}
              </Link>
            ) : (
              <span className="min-w-0 flex-1 text-slate-700">{d.label}</span>
            )}
            <span className="tabular-nums font-medium">{format(d.value)}</span>
            <span className="w-10 text-right tabular-nums text-slate-500">
              {total > 0 ? percent.format(Math.max(0, d.value) / total) : "—"}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
