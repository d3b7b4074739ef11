import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ImportStatusBadge } from "@/components/imports/status-badge";
import { RollbackImportButton } from "@/components/imports/rollback-button";
import { EmptyState } from "@/components/ui/card";
import type { TImportListItem } from "@/lib/imports/queries";
import { formatDateTime, formatEmission, formatFileSize } from "@/lib/numbers/format";

// Every import, newest first: a card per import (readable at 390 px), with the figures, who and when,
// and the actions the viewer may take.
export function ImportsList({
  orgSlug,
  imports,
  canManage,
}: {
  orgSlug: string;
  imports: TImportListItem[];
  canManage: boolean;
}) {
  const t = useTranslations("imports");
  const locale = useLocale();
  if (imports.length === 0)
    return <EmptyState title={t("page.empty")}>{canManage ? t("page.emptyHint") : null}</EmptyState>;
  return (
    <ul
      aria-label={t("page.listTitle")}
      className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      {imports.map((imp) => (
        <li key={imp.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0 space-y-1">
            <div className="flex flex-wrap items-center gap-2">
              <Link
                href={`/${orgSlug}/imports/${imp.id}`}
                className="truncate font-medium text-brand-700 hover:underline"
                title={imp.fileName}
              >
                {imp.fileName}
              </Link>
              <ImportStatusBadge status={imp.status} />
            </div>
            <p className="text-sm text-slate-600">
              {[
                imp.periodLabel,
                t("detail.rows", { count: imp.rows }),
                t("detail.errorCount", { count: imp.errorCount }),
                imp.kgCO2e === null ? null : `${formatEmission(imp.kgCO2e, "t", locale)} tCO2e`,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            <p className="text-xs text-slate-500">
              {[imp.createdBy, formatDateTime(imp.createdAt, locale), formatFileSize(imp.sizeBytes, locale)]
                .filter(Boolean)
                .join(" · ")}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {canManage ? (
              <a href={`/${orgSlug}/imports/${imp.id}/file`} className="text-sm text-brand-700 hover:underline">
                {t("detail.downloadFile")}
              </a>
            ) : null}
            {canManage && imp.status === "COMMITTED" && !imp.periodLocked ? (
              <RollbackImportButton orgSlug={orgSlug} importId={imp.id} />
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
