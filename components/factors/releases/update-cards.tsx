import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrowRight } from "lucide-react";
import { releaseRef } from "@/components/factors/releases/format";
import { buttonClass } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { TReleaseUpdate } from "@/lib/factors/acceptance/updates";
import { formatDate } from "@/lib/numbers/format";

// One card per source with a newer installed release than the accepted one. Managers open the impact
// preview of the newest one; everyone else reads that it is there.
export async function ReleaseUpdateCards({
  orgSlug,
  updates,
  canManage,
  previewing,
}: {
  orgSlug: string;
  updates: TReleaseUpdate[];
  canManage: boolean;
  previewing: string | null;
}) {
  const t = await getTranslations("factorReleases.updates");
  const tf = await getTranslations("factors");
  const locale = await getLocale();
  const sourceName = (s: string) => (tf.has(`sources.${s}`) ? tf(`sources.${s}`) : s);
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {updates.map((update) => {
        const [newest, ...older] = update.available;
        if (!newest) return null;
        const ref = releaseRef(newest);
        const active = previewing === ref;
        return (
          <li
            key={update.source}
            aria-label={`${sourceName(update.source)} ${newest.version}`}
            className={cn(
              "flex flex-col gap-3 rounded-lg border bg-white p-5 shadow-sm",
              active ? "border-brand-600 ring-2 ring-brand-600/20" : "border-amber-200",
            )}
          >
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={update.accepted ? "amber" : "blue"}>{update.accepted ? t("badge") : t("newSource")}</Badge>
              <span className="text-xs text-slate-500">{t("factorCount", { count: newest.factorCount })}</span>
            </div>
            <div>
              <h3 className="text-base font-semibold text-slate-900">
                {sourceName(update.source)}{" "}
                {update.accepted ? (
                  <span className="whitespace-nowrap font-normal text-slate-500">
                    {update.accepted.version} <ArrowRight aria-hidden className="inline size-4 align-[-2px]" />{" "}
                  </span>
                ) : null}
                <span className="whitespace-nowrap">{newest.version}</span>
              </h3>
              <p className="mt-1 text-sm text-slate-600">
                {newest.title} · {newest.publisher}
              </p>
              <p className="text-sm text-slate-600">
                {t("publishedOn", {
                  date: formatDate(newest.publishedOn, locale),
                })}
              </p>
              <p className="mt-1 text-sm text-slate-600">
                {update.accepted ? t("current", { version: update.accepted.version }) : t("notUsedYet")}
              </p>
              {older.length > 0 ? (
                <p className="mt-1 text-xs text-slate-500">
                  {t("olderAlso", { versions: older.map((r) => r.version).join(", ") })}
                </p>
              ) : null}
            </div>
            <div className="mt-auto">
              {!canManage ? (
                <p className="text-sm text-slate-500">{t("readOnly")}</p>
              ) : active ? (
                <p className="text-sm font-medium text-brand-700">{t("previewing")}</p>
              ) : (
                <Link
                  href={`/${orgSlug}/factors/releases?preview=${encodeURIComponent(ref)}#preview`}
                  className={buttonClass("primary", "sm")}
                >
                  {t("preview")}
                </Link>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
