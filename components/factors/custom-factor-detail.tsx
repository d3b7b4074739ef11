import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { Facts } from "@/components/factors/definition-list";
import { localName, otherName, regionName } from "@/components/factors/format";
import { formatDateTime, formatDecimal } from "@/lib/numbers/format";
import { RetireCustomFactorButton } from "@/components/factors/retire-custom-factor-button";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { TCustomFactorWithHistory } from "@/lib/factors/db/custom-queries";
import { unitName } from "@/lib/factors/labels/units";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/config";

export async function CustomFactorDetail({
  orgSlug,
  data,
  canManage,
}: {
  orgSlug: string;
  data: TCustomFactorWithHistory;
  canManage: boolean;
}) {
  const t = await getTranslations("customFactors");
  const tf = await getTranslations("factors");
  const locale = await getLocale();
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const { factor, history } = data;
  const base = `/${orgSlug}/factors/custom`;
  const other = otherName(factor, locale);
  const notGiven = <span className="text-slate-500">{t("detail.notGiven")}</span>;
  const uncertainty = factor.uncertaintyPct?.toFixed();
  const active = factor.status === "ACTIVE";
  return (
    <article className="space-y-6">
      <Link href={base} className="inline-flex items-center gap-1 text-sm text-brand-700 hover:underline">
        <ArrowLeft aria-hidden className="size-4" />
        {t("detail.back")}
      </Link>
      <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-2">
          <h2 className="text-xl font-semibold text-slate-900">{localName(factor, locale)}</h2>
          {other ? (
            <p className="text-sm text-slate-600">
              {tf(locale === "en" ? "detail.otherNameFr" : "detail.otherName", { name: other })}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Badge tone="blue">{tf("customBadge")}</Badge>
            <Badge tone={active ? "green" : "slate"}>{t(`statuses.${factor.status}`)}</Badge>
            <Badge>{t("versionLabel", { version: factor.version })}</Badge>
          </div>
        </div>
        {canManage && active ? (
          <div className="flex shrink-0 items-start gap-2">
            <Link href={`${base}/${factor.id}/new-version`} className={buttonClass("secondary", "sm")}>
              {t("detail.newVersion")}
            </Link>
            <RetireCustomFactorButton orgSlug={orgSlug} factorId={factor.id} />
          </div>
        ) : null}
      </header>
      {!active ? (
        <p role="note" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          {t("detail.retiredNotice")}
        </p>
      ) : null}
      <Card className="flex flex-wrap items-start gap-x-10 gap-y-3">
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{tf("detail.value")}</p>
          <p className="text-3xl font-semibold tabular-nums text-slate-900">
            {formatDecimal(factor.value.toFixed(), locale)}{" "}
            <span className="text-base font-normal text-slate-600">
              {t("perUnit", { unit: unitName(factor.unit, lang) })}
            </span>
          </p>
        </div>
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("detail.uncertainty")}</p>
          <p className="text-lg tabular-nums text-slate-800">
            {uncertainty === undefined
              ? tf("uncertaintyUnknown")
              : tf("uncertainty", { value: formatDecimal(uncertainty, locale) })}
          </p>
        </div>
      </Card>
      <Card>
        <Facts
          items={[
            { label: t("detail.source"), value: factor.source },
            {
              label: t("detail.justification"),
              value: <span className="whitespace-pre-line">{factor.justification}</span>,
            },
            { label: t("detail.region"), value: factor.region ? regionName(factor.region, locale) : notGiven },
            { label: t("detail.referenceYear"), value: factor.referenceYear ?? notGiven },
          ]}
        />
      </Card>
      <section>
        <h2 className="mb-2 text-base font-semibold">{t("detail.history")}</h2>
        <Table label={t("detail.history")}>
          <thead>
            <tr>
              <Th>{t("columns.version")}</Th>
              <Th className="text-right">{t("columns.value")}</Th>
              <Th>{t("columns.status")}</Th>
              <Th>{t("columns.updated")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {history.map((v) => (
              <tr key={v.id} className={v.id === factor.id ? "bg-brand-50/40" : undefined}>
                <Td>
                  {v.id === factor.id ? (
                    <span className="font-medium">{t("versionLabel", { version: v.version })}</span>
                  ) : (
                    <Link href={`${base}/${v.id}`} className="text-brand-700 hover:underline">
                      {t("versionLabel", { version: v.version })}
                    </Link>
                  )}
                </Td>
                <Td className="whitespace-nowrap text-right tabular-nums">
                  {formatDecimal(v.value.toFixed(), locale)}{" "}
                  <span className="text-xs text-slate-500">{t("perUnit", { unit: unitName(v.unit, lang) })}</span>
                </Td>
                <Td>
                  <Badge tone={v.status === "ACTIVE" ? "green" : "slate"}>{t(`statuses.${v.status}`)}</Badge>
                </Td>
                <Td className="whitespace-nowrap text-sm">
                  {t("detail.createdOn", {
                    date: formatDateTime(v.createdAt, locale),
                  })}
                  {v.retiredAt ? (
                    <span className="block text-xs text-slate-500">
                      {t("detail.retiredOn", {
                        date: formatDateTime(v.retiredAt, locale),
                      })}
                    </span>
                  ) : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>
    </article>
  );
}
