import Link from "next/link";
import { useTranslations } from "next-intl";
import { ArrowDown, ArrowUp } from "lucide-react";
import { BaseYearChange, Completeness, LatestTotal, OpenRequests } from "@/components/portfolio/client-figures";
import { Table, Td, Th } from "@/components/ui/table";
import type { TClientFigures } from "@/lib/portfolio/figures";
import type { TPortfolioOrder, TPortfolioSort } from "@/lib/portfolio/sort";

// The clients side by side: a table sorted from the column headers (the order lives in the address, so
// it survives a reload and can be shared), and the same figures as cards on a phone.

export type TPortfolioRow = {
  id: string;
  slug: string;
  name: string;
  country: string;
  figures: TClientFigures | undefined;
};

const COLUMNS = ["total", "change", "completeness", "requests"] as const;

function SortHeader({ column, order }: { column: TPortfolioSort; order: TPortfolioOrder }) {
  const t = useTranslations("portfolio.figures");
  const active = order.sort === column;
  // Figures sort largest first on the first click; names A→Z.
  const firstDir = column === "name" ? "asc" : "desc";
  const dir = active ? (order.dir === "asc" ? "desc" : "asc") : firstDir;
  const Icon = order.dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <Link
      href={`?sort=${column}&dir=${dir}`}
      className="inline-flex items-center gap-1 hover:text-slate-900"
      aria-label={t("sortBy", { column: t(`columns.${column}`) })}
    >
      {t(`columns.${column}`)}
      {active ? <Icon aria-hidden className="size-3.5" /> : null}
    </Link>
  );
}

export function PortfolioTable({ rows, order }: { rows: TPortfolioRow[]; order: TPortfolioOrder }) {
  const t = useTranslations("portfolio");
  return (
    <>
      <div className="hidden md:block">
        <Table label={t("clients")}>
          <thead>
            <tr>
              <Th>
                <SortHeader column="name" order={order} />
              </Th>
              {COLUMNS.map((column) => (
                <Th key={column}>
                  <SortHeader column={column} order={order} />
                </Th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id} data-testid={`portfolio-row-${row.slug}`}>
                <Td className="font-medium">
                  <Link href={`/${row.slug}`} className="text-brand-700 hover:underline">
                    {row.name}
                  </Link>
                  <span className="block text-xs font-normal text-slate-500">{row.country}</span>
                </Td>
                <Td>
                  <LatestTotal slug={row.slug} figures={row.figures} />
                </Td>
                <Td>
                  <BaseYearChange slug={row.slug} figures={row.figures} />
                </Td>
                <Td className="min-w-40">
                  <Completeness slug={row.slug} figures={row.figures} />
                </Td>
                <Td>
                  <OpenRequests slug={row.slug} figures={row.figures} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <div className="space-y-3 md:hidden">
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
          <span className="text-slate-500">{t("figures.sortLabel")}</span>
          {(["name", ...COLUMNS] as const).map((column) => (
            <SortHeader key={column} column={column} order={order} />
          ))}
        </p>
        <ul className="space-y-3">
          {rows.map((row) => (
            <li key={row.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <Link href={`/${row.slug}`} className="font-medium text-brand-700 hover:underline">
                {row.name}
              </Link>
              <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-3 text-sm">
                {COLUMNS.map((column) => {
                  const Figure = {
                    total: LatestTotal,
                    change: BaseYearChange,
                    completeness: Completeness,
                    requests: OpenRequests,
                  }[column];
                  return (
                    <div key={column} className="min-w-0">
                      <dt className="text-xs text-slate-500">{t(`figures.columns.${column}`)}</dt>
                      <dd>
                        <Figure slug={row.slug} figures={row.figures} />
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
