import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { monthNames } from "@/components/profile/month-names";
import { Card } from "@/components/ui/card";
import { formatMoney, formatNumber } from "@/lib/numbers/format";
import type { OrganizationProfile } from "@/lib/organizations/profile";

// Read-only profile for roles that may read settings but not change the organisation.
export async function ProfileView({ profile }: { profile: OrganizationProfile }) {
  const t = await getTranslations("profile");
  const format = await getFormatter();
  const locale = await getLocale();
  const months = monthNames(format);
  const revenue = profile.annualRevenueEur === null ? null : formatMoney(profile.annualRevenueEur, "EUR", locale);
  const rows: [string, string | null][] = [
    [t("name"), profile.name],
    [t("country"), profile.country],
    [t("naceCode"), profile.naceCode],
    [t("headcount"), profile.headcount === null ? null : formatNumber(profile.headcount, locale)],
    [t("annualRevenue"), revenue],
    [t("currency"), profile.currency],
    [t("fiscalYearStartMonth"), months[profile.fiscalYearStartMonth - 1] ?? null],
    [t("baseYear"), profile.baseYear === null ? null : String(profile.baseYear)],
  ];
  return (
    <Card>
      <h2 className="text-base font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("readOnly")}</p>
      <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="text-sm font-medium text-slate-900">{value ?? "—"}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
