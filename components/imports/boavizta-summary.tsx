import { useLocale, useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { boaviztaResourcesOfImport } from "@/lib/imports/boavizta/queries";
import type { TBoaviztaChoices } from "@/lib/imports/boavizta/choices";
import { formatDecimal } from "@/lib/numbers/format";

type TResources = Awaited<ReturnType<typeof boaviztaResourcesOfImport>>;

// What a Boavizta import holds, before and after the commit: the tool, format and version read from the
// content, the resource counts, every criterion × phase total (ADP and PE beside GWP), the answers, and the
// first resources with their GWP per phase, allocation and notes (not-assessed ones listed, never as zero).
export function BoaviztaSummary({ totals, resources }: { totals: Record<string, string>; resources: TResources }) {
  const t = useTranslations("imports.boavizta");
  const locale = useLocale();
  const figure = (v: string | null | undefined) => (v == null ? "—" : formatDecimal(v, locale));
  const criteria = [
    ...new Set(
      Object.keys(totals)
        .filter((k) => /^[a-z_]+\.(embedded|use|lifecycle)$/.test(k))
        .map((k) => k.split(".")[0] as string),
    ),
  ];
  const cell = (criterion: string, phase: string) => {
    const [value, ...unit] = (totals[`${criterion}.${phase}`] ?? "").split(" ");
    return value ? `${figure(value)} ${unit.join(" ")}` : "—";
  };
  const choices = JSON.parse(totals.choices ?? "{}") as Partial<TBoaviztaChoices>;
  const answers = [
    t(`usage.${choices.usage ?? "auto"}` as never),
    choices.embedded === "whole" ? t("embeddedWhole") : null,
    choices.usage !== "cloud" && choices.lifetimeYears
      ? t("lifetimeApplied", { years: formatDecimal(String(choices.lifetimeYears), locale) })
      : null,
    choices.coveredHours ? t("coveredApplied", { hours: formatDecimal(String(choices.coveredHours), locale) }) : null,
    choices.pue ? t("pueApplied", { pue: formatDecimal(String(choices.pue), locale) }) : null,
  ].filter(Boolean);
  const detected = [totals.tool, totals.toolFormatVersion, totals.apiVersion ? `API ${totals.apiVersion}` : null]
    .filter(Boolean)
    .join(" · ");
  return (
    <section className="space-y-3" aria-label={t("title")}>
      <h2 className="text-base font-semibold text-slate-900">{t("title")}</h2>
      <dl className="grid gap-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-500">{t("detected")}</dt>
          <dd className="font-medium text-slate-900" data-testid="boavizta-detected">
            {detected}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("resources")}</dt>
          <dd className="font-medium text-slate-900" data-testid="boavizta-resources">
            {t("resourceCounts", {
              total: Number(totals.resources ?? 0),
              notAssessed: Number(totals.resourcesNotAssessed ?? 0),
            })}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("accounting")}</dt>
          <dd className="font-medium text-slate-900">{answers.join(" · ")}</dd>
        </div>
      </dl>
      <div className="hidden sm:block">
        <Table label={t("criteriaTitle")}>
          <thead>
            <tr>
              <Th>{t("criterion")}</Th>
              <Th className="text-right">{t("embedded")}</Th>
              <Th className="text-right">{t("use")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {criteria.map((c) => (
              <tr key={c}>
                <Td>{t.has(`criteria.${c}`) ? t(`criteria.${c}` as never) : c}</Td>
                <Td className="text-right tabular-nums">{cell(c, "embedded")}</Td>
                <Td className="text-right tabular-nums">{cell(c, "use")}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      {/* On a phone: one block per indicator, so no table scrolls sideways. */}
      <ul
        aria-label={t("criteriaTitle")}
        className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm sm:hidden"
      >
        {criteria.map((c) => (
          <li key={c} className="space-y-1 px-4 py-3 text-sm">
            <p className="font-medium text-slate-900">{t.has(`criteria.${c}`) ? t(`criteria.${c}` as never) : c}</p>
            <p className="flex flex-wrap justify-between gap-x-4 tabular-nums text-slate-800">
              <span>
                {t("embedded")} {cell(c, "embedded")}
              </span>
              <span>
                {t("use")} {cell(c, "use")}
              </span>
            </p>
          </li>
        ))}
      </ul>
      <h3 className="text-sm font-semibold text-slate-900">
        {t("resourcesTitle", { shown: resources.resources.length, total: resources.count })}
      </h3>
      <ul
        aria-label={t("resourcesTitle", { shown: resources.resources.length, total: resources.count })}
        className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm"
      >
        {resources.resources.map((r) => (
          <li key={r.id} className="space-y-1 px-4 py-3 text-sm">
            <p className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="min-w-0 break-all font-medium text-slate-900">{r.name}</span>
              <span className="text-xs text-slate-500">
                {t(`kinds.${r.kind}` as never)} · {t(`usage.${r.usage}` as never)}
              </span>
            </p>
            {r.assessed ? (
              <p className="flex flex-wrap gap-x-4 tabular-nums text-slate-800">
                <span>{t("gwpEmbedded", { value: figure(r.gwp.embedded) })}</span>
                <span>{t("gwpUse", { value: figure(r.gwp.use) })}</span>
                <span className="text-slate-500">{t(`allocation.${r.allocation}` as never)}</span>
              </p>
            ) : null}
            {r.notes.map((n) => (
              <p key={n} className={r.assessed ? "text-xs text-amber-800" : "text-xs font-medium text-amber-800"}>
                {t(`notes.${n}` as never)}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
