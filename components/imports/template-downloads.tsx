import { Download } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ACTIVITY_CATEGORIES } from "@/lib/activity/categories";

// The import templates to download: one per data category, CSV or XLSX, with French or English headers
// (the user's language first). Either language imports the same way. `titled`: false where the page's own
// header already carries the title and the introduction.
export function TemplateDownloads({ orgSlug, titled = true }: { orgSlug: string; titled?: boolean }) {
  const t = useTranslations("imports.templates");
  const tc = useTranslations("collection.categories");
  const locale = useLocale();
  const languages = locale === "en" ? (["en", "fr"] as const) : (["fr", "en"] as const);
  const href = (category: string, format: string, lang: string) =>
    `/${orgSlug}/imports/templates/${category}?${new URLSearchParams({ format, lang })}`;
  return (
    <Card className="min-w-0">
      {titled ? (
        <>
          <h2 className="text-base font-semibold text-slate-900">{t("title")}</h2>
          <p className="mt-1 mb-4 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
        </>
      ) : null}
      <ul className="-my-3 divide-y divide-slate-100" data-testid="template-downloads">
        {ACTIVITY_CATEGORIES.map((category) => (
          <li
            key={category}
            className="flex flex-col gap-3 py-3 sm:grid sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center sm:gap-4"
          >
            <div className="min-w-0">
              <p className="text-sm font-medium text-slate-900">{tc(`${category}.title`)}</p>
              <p className="text-xs text-slate-500">{tc(`${category}.description`)}</p>
            </div>
            <div className="flex flex-col gap-2 sm:items-end">
              {languages.map((lang) => (
                <div key={lang} className="flex flex-wrap items-center gap-2">
                  <span className="w-20 text-xs text-slate-500 sm:text-right" lang={lang}>
                    {t(`languages.${lang}`)}
                  </span>
                  {(["csv", "xlsx"] as const).map((format) => (
                    <a
                      key={format}
                      href={href(category, format, lang)}
                      download
                      className={buttonClass("secondary", "sm")}
                      aria-label={t("download", {
                        category: tc(`${category}.title`),
                        format: `${t(format)} (${t(`languages.${lang}`)})`,
                      })}
                      data-testid={`template-${category}-${format}-${lang}`}
                    >
                      <Download aria-hidden className="size-4" />
                      {t(format)}
                    </a>
                  ))}
                </div>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
