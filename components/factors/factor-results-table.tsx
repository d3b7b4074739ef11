import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { localName, otherName, regionName } from "@/components/factors/format";
import { formatDecimal } from "@/lib/numbers/format";
import type { TFactorHit } from "@/lib/factors/db/search";

export function factorHref(orgSlug: string, hit: Pick<TFactorHit, "kind" | "id">): string {
  return hit.kind === "custom"
    ? `/${orgSlug}/factors/custom/${hit.id}`
    : `/${orgSlug}/factors/${encodeURIComponent(hit.id)}`;
}

export async function FactorResultsTable({ orgSlug, hits }: { orgSlug: string; hits: TFactorHit[] }) {
  const t = await getTranslations("factors");
  const locale = await getLocale();
  const uncertainty = (pct: string | null) =>
    pct === null ? (
      <span className="text-slate-500">{t("uncertaintyUnknown")}</span>
    ) : (
      t("uncertainty", { value: formatDecimal(pct, locale) })
    );
  return (
    <Table label={t("title")}>
      <thead>
        <tr>
          <Th>{t("columns.name")}</Th>
          <Th className="text-right">{t("columns.value")}</Th>
          <Th>{t("columns.region")}</Th>
          <Th>{t("columns.year")}</Th>
          <Th>{t("columns.source")}</Th>
          <Th>{t("columns.uncertainty")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {hits.map((hit) => {
          const secondary = otherName(hit, locale);
          return (
            <tr key={`${hit.kind}:${hit.id}`} className="align-top">
              <Td className="min-w-64 max-w-md align-top">
                <Link href={factorHref(orgSlug, hit)} className="font-medium text-brand-700 hover:underline">
                  {localName(hit, locale)}
                </Link>
                {hit.kind === "custom" ? (
                  <span className="ml-2">
                    <Badge tone="blue">{t("customBadge")}</Badge>
                  </span>
                ) : null}
                {hit.kind === "library" && hit.status !== "valid" ? (
                  <span className="ml-2">
                    <Badge tone={hit.status === "review" ? "amber" : "slate"}>{t(`statuses.${hit.status}`)}</Badge>
                  </span>
                ) : null}
                {secondary ? <span className="block text-xs text-slate-500">{secondary}</span> : null}
                {hit.kind === "library" ? (
                  <span className="mt-0.5 block truncate text-xs text-slate-500" title={hit.categoryPath.join(" › ")}>
                    {hit.categoryPath.join(" › ")}
                  </span>
                ) : null}
              </Td>
              <Td className="whitespace-nowrap text-right align-top tabular-nums">
                <span className="font-medium">{formatDecimal(hit.value, locale)}</span>
                <span className="block text-xs text-slate-500">
                  {hit.kind === "library" ? hit.unitLabel : `kgCO2e/${hit.unit}`}
                </span>
              </Td>
              <Td className="align-top">
                {hit.region ? regionName(hit.region, locale) : "—"}
                {hit.kind === "library" &&
                hit.regionLabel &&
                hit.regionLabel !== regionName(hit.region ?? "", locale) ? (
                  <span className="block text-xs text-slate-500">{hit.regionLabel}</span>
                ) : null}
              </Td>
              <Td className="align-top tabular-nums">{hit.referenceYear ?? "—"}</Td>
              <Td className="align-top">
                {hit.kind === "library" ? (
                  <span className="whitespace-nowrap">
                    {t.has(`sourceShort.${hit.source}`) ? t(`sourceShort.${hit.source}`) : hit.source}
                    <span className="block text-xs text-slate-500">{hit.version}</span>
                  </span>
                ) : (
                  <span className="line-clamp-2 text-sm" title={hit.sourceText}>
                    {hit.sourceText}
                  </span>
                )}
              </Td>
              <Td className="whitespace-nowrap align-top">{uncertainty(hit.uncertaintyPct)}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
