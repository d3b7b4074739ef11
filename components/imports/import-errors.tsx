import { useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { TImportRowError } from "@/lib/imports/types";
import { parseMessageKey } from "@/lib/validation";

export const SHOWN_ERRORS = 100;

/** The first errors, by row and column, in the reader's language (all of them are in the CSV). */
export function ImportErrorsTable({ errors, total }: { errors: TImportRowError[]; total: number }) {
  const t = useTranslations("imports.detail");
  const tAll = useTranslations();
  const text = (e: TImportRowError) => {
    const { key, values } = parseMessageKey(e.message);
    return tAll.has(key) ? tAll(key, { ...values, ...e.values }) : tAll("validation.invalid");
  };
  return (
    <div className="space-y-2">
      <Table label={t("errorsTitle")}>
        <thead>
          <tr>
            <Th>{t("row")}</Th>
            <Th>{tAll("imports.report.column")}</Th>
            <Th>{tAll("imports.report.message")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {errors.slice(0, SHOWN_ERRORS).map((e, i) => (
            <tr key={i}>
              <Td className="tabular-nums">{e.row ?? "—"}</Td>
              <Td>{e.column ?? "—"}</Td>
              <Td className="text-red-700">{text(e)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {total > SHOWN_ERRORS ? (
        <p className="text-sm text-slate-600">{t("moreErrors", { count: total - SHOWN_ERRORS })}</p>
      ) : null}
    </div>
  );
}
