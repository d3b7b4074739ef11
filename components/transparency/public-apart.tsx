import { getTranslations } from "next-intl/server";
import { PublicSection, type TPublicFormatters } from "@/components/transparency/labels";
import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber, formatPercent } from "@/lib/numbers/format";
import type { TSnapshot } from "@/lib/transparency/schemas";

// The two closing sections: methodology with the factor sources, and climate contributions shown apart
// from the footprint (never subtracted from it), with the note saying why.

export async function PublicMethodology({
  methodology,
  f,
  locale,
}: {
  methodology: NonNullable<TSnapshot["methodology"]>;
  f: TPublicFormatters;
  locale: string;
}) {
  const t = await getTranslations("transparency.public.methodology");
  const total = methodology.sources.reduce((s, x) => s + x.kg, 0);
  return (
    <PublicSection id="methodology" title={t("title")}>
      <p className="max-w-3xl text-sm text-slate-700">{t("body")}</p>
      <h3 className="mt-4 text-sm font-medium text-slate-900">{t("sources")}</h3>
      {methodology.sources.length === 0 ? <p className="mt-1 text-sm text-slate-600">{t("noSources")}</p> : null}
      <ul className="mt-2 space-y-1 text-sm">
        {methodology.sources.map((s) => (
          <li key={s.source} className="flex justify-between gap-3 border-b border-slate-100 py-1">
            <span>{f.source(s.source)}</span>
            <span className="tabular-nums text-slate-600">{total > 0 ? formatPercent(s.kg / total, locale) : "—"}</span>
          </li>
        ))}
      </ul>
    </PublicSection>
  );
}

export async function PublicContributions({
  contributions,
  locale,
}: {
  contributions: NonNullable<TSnapshot["contributions"]>;
  locale: string;
}) {
  const t = await getTranslations("transparency.public.contributions");
  const kinds = await getTranslations("contributions.kinds");
  return (
    <PublicSection id="contributions" title={t("title")}>
      <p role="note" className="rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900">
        {t("note")}
      </p>
      {contributions.projects.length === 0 ? <p className="mt-3 text-sm text-slate-600">{t("none")}</p> : null}
      {contributions.projects.length > 0 ? (
        <div className="mt-3">
          <Table label={t("title")}>
            <thead>
              <tr>
                <Th>{t("project")}</Th>
                <Th className="hidden sm:table-cell">{t("kind")}</Th>
                <Th className="hidden sm:table-cell">{t("vintage")}</Th>
                <Th className="text-right">{t("tonnes")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {contributions.projects.map((p, i) => (
                <tr key={`${p.name}-${i}`}>
                  <Td>
                    {p.name}
                    <span className="block text-xs text-slate-500">
                      <span className="sm:hidden">
                        {kinds(p.kind)} · {p.vintage}
                        {p.standard || p.registry ? " · " : ""}
                      </span>
                      {[p.standard, p.registry].filter(Boolean).join(" · ")}
                    </span>
                  </Td>
                  <Td className="hidden sm:table-cell">{kinds(p.kind)}</Td>
                  <Td className="hidden sm:table-cell">{p.vintage}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(p.tonnes, locale, 3)}</Td>
                </tr>
              ))}
              <tr className="font-medium">
                <Td>{t("total")}</Td>
                <Td className="hidden sm:table-cell" />
                <Td className="hidden sm:table-cell" />
                <Td className="text-right tabular-nums">{formatNumber(contributions.totals.all.tonnes, locale, 3)}</Td>
              </tr>
            </tbody>
          </Table>
        </div>
      ) : null}
    </PublicSection>
  );
}
