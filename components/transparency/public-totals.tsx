import { getTranslations } from "next-intl/server";
import { PublicSection, type TPublicFormatters } from "@/components/transparency/labels";
import { Table, Td, Th } from "@/components/ui/table";
import { formatChange, formatPercent } from "@/lib/numbers/format";
import type { TSnapshot } from "@/lib/transparency/schemas";

// Totals by scope and category for each published period, and the base-year comparison.
export async function PublicTotals({
  periods,
  f,
  locale,
}: {
  periods: NonNullable<TSnapshot["totals"]>;
  f: TPublicFormatters;
  locale: string;
}) {
  const t = await getTranslations("transparency.public.totals");
  const scopes = await getTranslations("dashboard.kpi");
  return (
    <PublicSection id="totals" title={t("title")}>
      <div className="space-y-6">
        {periods.map((p) => (
          <div key={p.year} className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-medium text-slate-900">{p.label}</h3>
              <p className="text-lg font-semibold tabular-nums text-slate-900">
                {f.tonnes(p.kg)} <span className="text-sm font-normal text-slate-500">tCO2e</span>
              </p>
            </div>
            <dl className="mt-3 grid grid-cols-1 gap-2 text-sm sm:grid-cols-3">
              {(["scope1", "scope2", "scope3"] as const).map((s) => (
                <div key={s} className="rounded-md bg-slate-50 px-3 py-2">
                  <dt className="text-xs text-slate-500">{scopes(s)}</dt>
                  <dd className="font-medium tabular-nums">{f.tonnes(p.scopes[s])} t</dd>
                </div>
              ))}
            </dl>
            <div className="mt-3">
              <Table label={`${t("title")} — ${p.label}`}>
                <thead>
                  <tr>
                    <Th>{t("post")}</Th>
                    <Th className="text-right">{t("tonnes")}</Th>
                    <Th className="text-right">{t("share")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {p.posts.map((post) => (
                    <tr key={post.key}>
                      <Td className="py-1.5">{f.post(post.key)}</Td>
                      <Td className="py-1.5 text-right tabular-nums">{f.tonnes(post.kg)}</Td>
                      <Td className="py-1.5 text-right tabular-nums text-slate-500">
                        {p.kg > 0 ? formatPercent(post.kg / p.kg, locale) : "—"}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          </div>
        ))}
      </div>
    </PublicSection>
  );
}

export async function PublicBaseYear({
  comparison,
  f,
  locale,
}: {
  comparison: NonNullable<TSnapshot["baseYear"]>;
  f: TPublicFormatters;
  locale: string;
}) {
  const t = await getTranslations("transparency.public.baseYear");
  const figure = (label: string, value: string) => (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-1 text-xl font-semibold tabular-nums text-slate-900">{value}</dd>
    </div>
  );
  return (
    <PublicSection id="base-year" title={t("title")}>
      <dl className="grid gap-3 sm:grid-cols-3">
        {figure(t("base", { label: comparison.base.label }), `${f.tonnes(comparison.base.kg)} tCO2e`)}
        {figure(t("latest", { label: comparison.latest.label }), `${f.tonnes(comparison.latest.kg)} tCO2e`)}
        {figure(t("change"), comparison.changePct === null ? "—" : formatChange(comparison.changePct / 100, locale))}
      </dl>
    </PublicSection>
  );
}
