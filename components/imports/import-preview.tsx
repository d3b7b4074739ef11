import { useLocale, useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { TPreviewRow } from "@/lib/imports/preview";
import { formatDecimal, formatNumber } from "@/lib/numbers/format";

/**
 * The file's first rows with the kgCO2e the engine computed for them (labels resolved by the page): a table
 * from a tablet up, one block per row on a phone, so nothing hides behind a sideways scroll.
 */
export function ImportPreviewTable({ rows, typeLabel }: { rows: TPreviewRow[]; typeLabel: Record<string, string> }) {
  const t = useTranslations("imports.detail");
  const locale = useLocale();
  const quantity = (r: TPreviewRow) => `${r.quantity === "" ? "" : formatDecimal(r.quantity, locale)} ${r.unit}`.trim();
  const kg = (r: TPreviewRow) => (r.kgCO2e === null ? "—" : formatNumber(r.kgCO2e, locale, 3));
  return (
    <>
      <div className="hidden sm:block">
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
                <Td className="whitespace-nowrap text-right tabular-nums">{quantity(r)}</Td>
                <Td className="max-w-48 truncate">{r.label}</Td>
                <Td className="text-right tabular-nums">{kg(r)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <ul
        aria-label={t("previewTitle")}
        className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm sm:hidden"
      >
        {rows.map((r) => (
          <li key={r.row} className="space-y-1 px-4 py-3 text-sm">
            <p className="flex items-baseline justify-between gap-3">
              <span className="min-w-0 break-words font-medium text-slate-900">{r.label ?? "—"}</span>
              <span className="shrink-0 text-xs text-slate-500">{t("rowNumber", { row: r.row })}</span>
            </p>
            <p className="text-xs text-slate-600">{typeLabel[r.activityTypeId] ?? r.activityTypeId}</p>
            <p className="flex justify-between gap-3 tabular-nums text-slate-800">
              <span>{quantity(r)}</span>
              <span className="font-medium">
                {kg(r)} <span className="text-xs font-normal text-slate-500">{t("kg")}</span>
              </span>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
