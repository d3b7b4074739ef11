import { useLocale, useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { TPreviewRow } from "@/lib/imports/preview";
import { formatDecimal, formatNumber } from "@/lib/numbers/format";

/** The file's first rows with the kgCO2e the engine computed for them (labels resolved by the page). */
export function ImportPreviewTable({ rows, typeLabel }: { rows: TPreviewRow[]; typeLabel: Record<string, string> }) {
  const t = useTranslations("imports.detail");
  const locale = useLocale();
  return (
    <Table label={t("previewTitle")}>
      <thead>
        <tr>
          <Th>{t("row")}</Th>
          <Th>{t("activityType")}</Th>
          <Th className="text-right">{t("quantity")}</Th>
          <Th>{t("label")}</Th>
          <Th className="text-right">{t("kg")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.row}>
            <Td className="tabular-nums">{r.row}</Td>
            <Td>{typeLabel[r.activityTypeId] ?? r.activityTypeId}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums">
              {r.quantity === "" ? "" : formatDecimal(r.quantity, locale)} {r.unit}
            </Td>
            <Td className="max-w-48 truncate">{r.label}</Td>
            <Td className="text-right tabular-nums">{r.kgCO2e === null ? "—" : formatNumber(r.kgCO2e, locale, 3)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
