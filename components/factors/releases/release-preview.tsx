import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Info } from "lucide-react";
import { localName } from "@/components/factors/format";
import { formatDecimal } from "@/lib/numbers/format";
import { ApplyReleaseButton } from "@/components/factors/releases/apply-release-button";
import { ChangePct, Emission, toneClass } from "@/components/factors/releases/emission";
import { subtractDecimals } from "@/lib/numbers/decimal";
import { formatEmission, unitFor, type TEmissionUnit } from "@/lib/numbers/format";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Td, Th } from "@/components/ui/table";
import { loadCalcMappings } from "@/lib/calc";
import type { TReleaseUpdatePreview } from "@/lib/activity/release-update/apply";
import type { TTotalsView } from "@/lib/activity/release-update/diff";

export type TPreviewFactor = { id: string; nameFr: string; nameEn: string | null; unitLabel: string };
export type TPreviewFailure = {
  activityId: string;
  label: string | null;
  activityTypeId: string | null;
  message: string;
};

type Props = {
  orgSlug: string;
  preview: TReleaseUpdatePreview;
  factors: ReadonlyMap<string, TPreviewFactor>;
  failures: TPreviewFailure[];
  applying?: boolean; // a job is applying an update: no second button
};

type Row = { key: string; label: string; before: string; after: string; level: 0 | 1; muted?: boolean };

function categoryRows(before: TTotalsView, after: TTotalsView, label: (category: number) => string): Row[] {
  const categories = [...new Set([...Object.keys(before.byGhgCategory), ...Object.keys(after.byGhgCategory)])]
    .map(Number)
    .sort((a, b) => a - b);
  return categories.map((c) => ({
    key: `cat-${c}`,
    label: label(c),
    before: before.byGhgCategory[String(c)] ?? "0",
    after: after.byGhgCategory[String(c)] ?? "0",
    level: 1,
  }));
}

/** What accepting a newer release would change in the organisation's open periods, and the button to do it. */
export async function ReleasePreview({ orgSlug, preview, factors, failures, applying = false }: Props) {
  const t = await getTranslations("factorReleases.preview");
  const tr = await getTranslations("factorReleases");
  const tf = await getTranslations("factors");
  const tAll = await getTranslations();
  const locale = await getLocale();
  const mappings = loadCalcMappings();
  const sourceName = tf.has(`sources.${preview.source}`) ? tf(`sources.${preview.source}`) : preview.source;
  const { before, after, delta } = preview.kgCO2e;

  const categoryLabel = (c: number) => {
    const found = mappings.ghgCategories.get(c);
    return found
      ? t("byCategory.category", { category: c, label: locale === "en" ? found.labelEn : found.labelFr })
      : t("byCategory.categoryUnknown", { category: c });
  };
  const rows: Row[] = [
    { key: "s1", label: t("byCategory.scope1"), before: before.byScope[1], after: after.byScope[1], level: 0 },
    { key: "s2", label: t("byCategory.scope2"), before: before.byScope[2], after: after.byScope[2], level: 0 },
    {
      key: "s2m",
      label: t("byCategory.scope2Market"),
      before: before.scope2Market,
      after: after.scope2Market,
      level: 1,
      muted: true,
    },
    { key: "s3", label: t("byCategory.scope3"), before: before.byScope[3], after: after.byScope[3], level: 0 },
    ...categoryRows(before, after, categoryLabel),
  ];
  const unit: TEmissionUnit = unitFor([before.total, after.total, ...rows.flatMap((r) => [r.before, r.after])]);
  const figure = (kg: string, signed = false) => formatEmission(kg, unit, locale, { signed });
  const activityTypeLabel = (id: string | null) => {
    const type = id ? mappings.activityTypes.get(id) : undefined;
    return type ? (locale === "en" ? type.labelEn : type.labelFr) : (id ?? "—");
  };
  const failureMessage = (key: string) => (tAll.has(key) ? tAll(key) : t("failures.unknownError"));
  const factorLink = (id: string) => `/${orgSlug}/factors/${encodeURIComponent(id)}`;
  const { activities, lines } = preview;
  const blocked = failures.length > 0;

  return (
    <section
      id="preview"
      aria-labelledby="preview-title"
      className="scroll-mt-6 space-y-5 rounded-xl border border-brand-600/30 bg-brand-50/30 p-5 sm:p-6"
    >
      <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h3 id="preview-title" className="text-lg font-semibold text-slate-900">
            {t("title", { source: sourceName, version: preview.to.version })}
          </h3>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            {preview.from
              ? t("subtitle", { from: preview.from.version, to: preview.to.version })
              : t("subtitleNew", { to: preview.to.version })}
          </p>
        </div>
        <Link href={`/${orgSlug}/factors/releases`} className={cn(buttonClass("ghost", "sm"), "shrink-0")}>
          {t("close")}
        </Link>
      </header>

      <dl className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <Stat label={t("stats.total")}>
          <Emission kg={after.total} unit={unit} />
          <span className="mt-0.5 block text-xs font-normal text-slate-500">
            {t("stats.insteadOf", {
              value: tr("withUnit", { value: figure(before.total), unit: tr(`units.${unit}`) }),
            })}
          </span>
        </Stat>
        <Stat label={t("stats.delta")}>
          <span className={cn("flex flex-wrap items-baseline gap-x-2", toneClass(before.total, after.total))}>
            <Emission kg={delta} unit={unit} signed />
            <span className="text-base font-normal">
              (<ChangePct before={before.total} after={after.total} />)
            </span>
          </span>
        </Stat>
        <Stat label={t("stats.activities")}>
          <span className="tabular-nums">
            {t("stats.activitiesValue", { changed: activities.changed, total: activities.total })}
          </span>
          {activities.repointed > 0 ? (
            <span className="mt-1 block text-xs font-normal text-slate-500">
              {t("stats.repointed", { count: activities.repointed })}
            </span>
          ) : null}
        </Stat>
        <Stat label={t("stats.lines")}>
          <span className="tabular-nums">{lines.changed}</span>
        </Stat>
      </dl>

      {activities.total === 0 ? (
        <Note>{t("noActivities")}</Note>
      ) : activities.changed === 0 && !blocked ? (
        <Note>{t("noChange")}</Note>
      ) : null}

      {blocked ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          <p className="font-medium">{t("failures.title", { count: failures.length })}</p>
          <p className="mt-1">{t("failures.hint")}</p>
          <ul className="mt-2 list-disc space-y-0.5 pl-5">
            {failures.slice(0, 20).map((f) => (
              <li key={f.activityId}>
                {t("failures.line", {
                  activity: f.label
                    ? t("failures.activity", { type: activityTypeLabel(f.activityTypeId), label: f.label })
                    : activityTypeLabel(f.activityTypeId),
                  error: failureMessage(f.message),
                })}
              </li>
            ))}
            {failures.length > 20 ? <li>…</li> : null}
          </ul>
        </div>
      ) : null}

      {activities.total > 0 ? (
        <div className="space-y-5">
          <Card className="min-w-0 p-0 sm:p-0">
            <div className="px-5 pt-4">
              <h4 className="text-base font-semibold">{t("byCategory.title")}</h4>
              <p className="text-xs text-slate-500">{t("byCategory.caption", { unit: tr(`units.${unit}`) })}</p>
            </div>
            <div className="mt-3 overflow-x-auto">
              <table aria-label={t("byCategory.title")} className="min-w-full divide-y divide-slate-200 text-sm">
                <thead>
                  <tr>
                    <Th>{t("byCategory.heading")}</Th>
                    <Th className="whitespace-nowrap text-right">{t("byCategory.before")}</Th>
                    <Th className="whitespace-nowrap text-right">{t("byCategory.after")}</Th>
                    <Th className="whitespace-nowrap text-right">{t("byCategory.delta")}</Th>
                    <Th className="whitespace-nowrap text-right">{t("byCategory.deltaPct")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {rows.map((row) => (
                    <tr key={row.key}>
                      <Td className="min-w-52">
                        <span
                          className={cn(
                            "block",
                            row.level === 1 ? "pl-4 text-slate-600" : "font-medium text-slate-900",
                            row.muted && "italic text-slate-500",
                          )}
                        >
                          {row.label}
                        </span>
                      </Td>
                      <Td className="whitespace-nowrap text-right tabular-nums">{figure(row.before)}</Td>
                      <Td className="whitespace-nowrap text-right tabular-nums">{figure(row.after)}</Td>
                      <Td className="whitespace-nowrap text-right tabular-nums">
                        {figure(subtractDecimals(row.after, row.before), true)}
                      </Td>
                      <Td className="text-right">
                        <ChangePct before={row.before} after={row.after} />
                      </Td>
                    </tr>
                  ))}
                  <tr className="bg-slate-50 font-semibold">
                    <Td>{t("byCategory.total")}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{figure(before.total)}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{figure(after.total)}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{figure(delta, true)}</Td>
                    <Td className="text-right">
                      <ChangePct before={before.total} after={after.total} />
                    </Td>
                  </tr>
                </tbody>
              </table>
            </div>
          </Card>

          <Card className="min-w-0 p-0 sm:p-0">
            <div className="px-5 pt-4">
              <h4 className="text-base font-semibold">{t("factors.title")}</h4>
            </div>
            {preview.changedFactors.length === 0 ? (
              <p className="px-5 pb-5 pt-2 text-sm text-slate-600">{t("factors.none")}</p>
            ) : (
              <div className="mt-3 overflow-x-auto">
                <table aria-label={t("factors.title")} className="min-w-full divide-y divide-slate-200 text-sm">
                  <thead>
                    <tr>
                      <Th>{t("factors.factor")}</Th>
                      <Th>{t("factors.unit")}</Th>
                      <Th className="whitespace-nowrap text-right">
                        {preview.from ? t("factors.before", { version: preview.from.version }) : t("factors.beforeNew")}
                      </Th>
                      <Th className="whitespace-nowrap text-right">
                        {t("factors.after", { version: preview.to.version })}
                      </Th>
                      <Th className="whitespace-nowrap text-right">{t("factors.deltaPct")}</Th>
                      <Th className="text-right">{t("factors.activities")}</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {preview.changedFactors.map((change) => {
                      const info = factors.get(change.to?.factorId ?? "") ?? factors.get(change.from?.factorId ?? "");
                      return (
                        <tr key={`${change.from?.factorId ?? ""}>${change.to?.factorId ?? ""}`}>
                          <Td className="min-w-64">
                            <span className="font-medium text-slate-900">
                              {info ? localName(info, locale) : change.ref}
                            </span>
                            <code className="block text-xs text-slate-500">{change.ref}</code>
                          </Td>
                          <Td className="whitespace-nowrap text-xs text-slate-600">{info?.unitLabel ?? "—"}</Td>
                          <Td className="whitespace-nowrap text-right tabular-nums">
                            {change.from ? (
                              <FactorValue
                                href={factorLink(change.from.factorId)}
                                value={formatDecimal(change.from.value, locale)}
                                version={
                                  versionOf(change.from.factorId) === preview.from?.version
                                    ? null
                                    : versionOf(change.from.factorId)
                                }
                              />
                            ) : (
                              <span className="text-slate-500">{t("factors.added")}</span>
                            )}
                          </Td>
                          <Td className="whitespace-nowrap text-right font-medium tabular-nums">
                            {change.to ? (
                              <FactorValue
                                href={factorLink(change.to.factorId)}
                                value={formatDecimal(change.to.value, locale)}
                                version={
                                  versionOf(change.to.factorId) === preview.to.version
                                    ? null
                                    : versionOf(change.to.factorId)
                                }
                              />
                            ) : (
                              <span className="font-normal text-slate-500">{t("factors.removed")}</span>
                            )}
                          </Td>
                          <Td className="text-right">
                            {change.from && change.to ? (
                              <ChangePct before={change.from.value} after={change.to.value} />
                            ) : (
                              "—"
                            )}
                          </Td>
                          <Td className="text-right tabular-nums">{change.activities}</Td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        </div>
      ) : null}

      <div className="flex flex-col gap-4 border-t border-brand-600/20 pt-4 lg:flex-row lg:items-start lg:justify-between">
        <ul className="max-w-3xl space-y-1.5 text-sm text-slate-700">
          <li className="flex gap-2">
            <Info aria-hidden className="mt-0.5 size-4 shrink-0 text-slate-400" />
            {t("notes.locked")}
          </li>
          <li className="flex gap-2">
            <Info aria-hidden className="mt-0.5 size-4 shrink-0 text-slate-400" />
            {t("notes.audit")}
          </li>
        </ul>
        <div className="shrink-0">
          {blocked ? (
            <p className="text-sm font-medium text-red-700">{t("applyBlocked")}</p>
          ) : applying ? (
            <p className="text-sm font-medium text-brand-700">{tr("job.started")}</p>
          ) : (
            <ApplyReleaseButton orgSlug={orgSlug} source={preview.source} version={preview.to.version} />
          )}
        </div>
      </div>
    </section>
  );
}

const versionOf = (factorId: string) => factorId.split("@")[1] ?? "";

function FactorValue({ href, value, version }: { href: string; value: string; version: string | null }) {
  return (
    <>
      <Link href={href} className="text-brand-700 hover:underline">
        {value}
      </Link>
      {version ? <span className="block text-xs font-normal text-slate-500">{version}</span> : null}
    </>
  );
}

function Stat({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-slate-900">{children}</dd>
    </div>
  );
}

function Note({ children }: { children: React.ReactNode }) {
  return (
    <p role="note" className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700">
      {children}
    </p>
  );
}
