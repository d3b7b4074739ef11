import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { factorSearchQuery, type TFactorSearch } from "@/lib/factors/db/search-params";

export async function FactorPagination({
  base,
  search,
  pageCount,
}: {
  base: string;
  search: TFactorSearch;
  pageCount: number;
}) {
  const t = await getTranslations("factors.pagination");
  if (pageCount <= 1 && search.page <= 1) return null;
  const link = (page: number) => `${base}${factorSearchQuery({ ...search, page })}`;
  return (
    <nav aria-label={t("label")} className="mt-4 flex items-center justify-between gap-3">
      {search.page > 1 ? (
        <Link rel="prev" href={link(Math.min(search.page - 1, pageCount))} className={buttonClass("secondary", "sm")}>
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-600">{t("page", { page: search.page, pageCount })}</span>
      {search.page < pageCount ? (
        <Link rel="next" href={link(search.page + 1)} className={buttonClass("secondary", "sm")}>
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
