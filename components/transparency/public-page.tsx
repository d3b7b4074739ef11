import { getTranslations } from "next-intl/server";
import { publicFormatters } from "@/components/transparency/labels";
import { PublicActions } from "@/components/transparency/public-actions";
import { PublicContributions, PublicMethodology } from "@/components/transparency/public-apart";
import { PublicTargets } from "@/components/transparency/public-targets";
import { PublicBaseYear, PublicTotals } from "@/components/transparency/public-totals";
import { formatDate } from "@/lib/numbers/format";
import type { TSnapshot } from "@/lib/transparency/schemas";

// The public transparency page: the snapshot's sections in order, server-rendered without any script or
// control, readable on a phone and printable (print: no shadows, sections kept whole where they fit).
export async function PublicTransparencyPage({ snapshot, locale }: { snapshot: TSnapshot; locale: string }) {
  const t = await getTranslations("transparency.public");
  const f = await publicFormatters(locale);
  return (
    <main className="mx-auto max-w-5xl px-4 py-8 text-slate-800 sm:px-6 print:max-w-none print:px-0 print:py-0">
      <header className="border-b border-slate-200 pb-4">
        <p className="text-xs font-medium uppercase tracking-wide text-emerald-700">{t("kicker")}</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">
          {snapshot.organizationName}
        </h1>
        <p className="mt-2 text-sm text-slate-600">
          <time dateTime={snapshot.takenAt}>{t("lastUpdated", { date: formatDate(snapshot.takenAt, locale) })}</time>
        </p>
        <p className="mt-1 text-xs text-slate-500">{t("basis")}</p>
      </header>
      {snapshot.totals ? <PublicTotals periods={snapshot.totals} f={f} locale={locale} /> : null}
      {snapshot.baseYear ? <PublicBaseYear comparison={snapshot.baseYear} f={f} locale={locale} /> : null}
      {snapshot.targets ? <PublicTargets targets={snapshot.targets} f={f} locale={locale} /> : null}
      {snapshot.actions ? <PublicActions actions={snapshot.actions} f={f} locale={locale} /> : null}
      {snapshot.methodology ? <PublicMethodology methodology={snapshot.methodology} f={f} locale={locale} /> : null}
      {snapshot.contributions ? <PublicContributions contributions={snapshot.contributions} locale={locale} /> : null}
      <footer className="mt-10 border-t border-slate-200 pt-4 text-xs text-slate-500">{t("poweredBy")}</footer>
    </main>
  );
}
