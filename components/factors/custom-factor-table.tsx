import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/factors/format";
import { formatDate, formatDecimal } from "@/lib/numbers/format";
import { Badge, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { unitName } from "@/lib/factors/labels/units";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/config";

export type CustomFactorRow = {
  id: string;
  nameFr: string;
  nameEn: string | null;
  value: string;
  unit: string;
  version: number;
  source: string;
  status: "ACTIVE" | "RETIRED";
  createdAt: Date;
};

export async function CustomFactorTable({ orgSlug, rows }: { orgSlug: string; rows: CustomFactorRow[] }) {
  const t = await getTranslations("customFactors");
  const locale = await getLocale();
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE;
  if (rows.length === 0) return <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>;
  return (
    <Table label={t("title")}>
      <thead>
        <tr>
          <Th>{t("columns.name")}</Th>
          <Th className="text-right">{t("columns.value")}</Th>
          <Th>{t("columns.version")}</Th>
          <Th>{t("columns.source")}</Th>
          <Th>{t("columns.status")}</Th>
          <Th>{t("columns.updated")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td className="min-w-56">
              <Link
                href={`/${orgSlug}/factors/custom/${row.id}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {localName(row, locale)}
              </Link>
            </Td>
            <Td className="whitespace-nowrap text-right tabular-nums">
              {formatDecimal(row.value, locale)}{" "}
              <span className="text-xs text-slate-500">{t("perUnit", { unit: unitName(row.unit, lang) })}</span>
            </Td>
            <Td className="tabular-nums">{t("versionLabel", { version: row.version })}</Td>
            <Td>
              <span className="line-clamp-2" title={row.source}>
                {row.source}
              </span>
            </Td>
            <Td>
              <Badge tone={row.status === "ACTIVE" ? "green" : "slate"}>{t(`statuses.${row.status}`)}</Badge>
            </Td>
            <Td className="whitespace-nowrap">{formatDate(row.createdAt, locale)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
