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
          <Th className="hidden sm:table-cell">{t("columns.version")}</Th>
          <Th className="hidden lg:table-cell">
            {t("columns.publisher")} · {t("columns.licence")}
          </Th>
          <Th className="hidden md:table-cell">{t("columns.accepted")}</Th>
          <Th className="hidden sm:table-cell">{t("columns.status")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.source} className="align-top">
            <Td className="align-top sm:min-w-56 sm:max-w-xs">
              <span className="font-medium text-slate-900">
                {tf.has(`sources.${row.source}`) ? tf(`sources.${row.source}`) : row.source}
              </span>
              <span className="mt-0.5 line-clamp-2 text-xs text-slate-500" title={row.title}>
                {row.title}
              </span>
              {/* Phones: version and status stack under the source instead of scrolling sideways. */}
              <span className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 sm:hidden">
                <span className="font-medium tabular-nums text-slate-900">{row.version}</span>
                <ReleaseStatus newestAvailable={row.newestAvailable} />
              </span>
            </Td>
            <Td className="hidden align-top sm:table-cell">
              <span className="whitespace-nowrap font-medium tabular-nums text-slate-900">{row.version}</span>
              <span className="block whitespace-nowrap text-xs text-slate-500">
                {t("publishedOn", { date: date(row.publishedOn) })}
              </span>
            </Td>
            {/* Publisher and licence share a column so the table fits beside the sidebar. */}
            <Td className="hidden min-w-40 max-w-64 align-top lg:table-cell">
              {row.publisher}
              <span className="mt-0.5 block text-xs text-slate-500">{row.licence}</span>
            </Td>
            <Td className="hidden min-w-40 align-top md:table-cell">
              <span className="whitespace-nowrap">{formatDate(row.acceptedAt, locale)}</span>
              <span className="block text-xs text-slate-500">
                {row.acceptedBy === null ? t("acceptedAutomatically") : t("acceptedBy", { name: row.acceptedBy })}
              </span>
            </Td>
            <Td className="hidden whitespace-nowrap align-top sm:table-cell">
              <ReleaseStatus newestAvailable={row.newestAvailable} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

async function ReleaseStatus({ newestAvailable }: { newestAvailable: string | null }) {
  const t = await getTranslations("factorReleases.accepted");
  return newestAvailable === null ? (
    <Badge tone="green">{t("upToDate")}</Badge>
  ) : (
    <Badge tone="amber">{t("updateAvailable", { version: newestAvailable })}</Badge>
  );
}
