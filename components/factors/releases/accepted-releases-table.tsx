import { getLocale, getTranslations } from "next-intl/server";
import { Badge, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/numbers/format";

export type TAcceptedReleaseView = {
  source: string;
  version: string;
  title: string;
  publisher: string;
  publishedOn: Date;
  licence: string;
  acceptedAt: Date;
  acceptedBy: string | null;
  newestAvailable: string | null;
};

// The library release of each source the organisation's calculations use, and whether a newer one waits.
export async function AcceptedReleasesTable({ rows }: { rows: TAcceptedReleaseView[] }) {
  const t = await getTranslations("factorReleases.accepted");
  const tf = await getTranslations("factors");
  const locale = await getLocale();
  if (rows.length === 0) return <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>;
  const date = (d: Date) => formatDate(d, locale);
  return (
    <Table label={t("title")}>
      <thead>
        <tr>
          <Th>{t("columns.source")}</Th>
          <Th>{t("columns.version")}</Th>
          <Th>
            {t("columns.publisher")} · {t("columns.licence")}
          </Th>
          <Th>{t("columns.accepted")}</Th>
          <Th>{t("columns.status")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.source} className="align-top">
            <Td className="min-w-56 max-w-xs align-top">
              <span className="font-medium text-slate-900">
                {tf.has(`sources.${row.source}`) ? tf(`sources.${row.source}`) : row.source}
              </span>
              <span className="mt-0.5 line-clamp-2 text-xs text-slate-500" title={row.title}>
                {row.title}
              </span>
            </Td>
            <Td className="align-top">
              <span className="whitespace-nowrap font-medium tabular-nums text-slate-900">{row.version}</span>
              <span className="block whitespace-nowrap text-xs text-slate-500">
                {t("publishedOn", { date: date(row.publishedOn) })}
              </span>
            </Td>
            {/* Publisher and licence share a column so the table fits beside the sidebar. */}
            <Td className="min-w-40 max-w-64 align-top">
              {row.publisher}
              <span className="mt-0.5 block text-xs text-slate-500">{row.licence}</span>
            </Td>
            <Td className="min-w-40 align-top">
              <span className="whitespace-nowrap">{formatDate(row.acceptedAt, locale)}</span>
              <span className="block text-xs text-slate-500">
                {row.acceptedBy === null ? t("acceptedAutomatically") : t("acceptedBy", { name: row.acceptedBy })}
              </span>
            </Td>
            <Td className="whitespace-nowrap align-top">
              {row.newestAvailable === null ? (
                <Badge tone="green">{t("upToDate")}</Badge>
              ) : (
                <Badge tone="amber">{t("updateAvailable", { version: row.newestAvailable })}</Badge>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
