import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/components/activity/activity-form";
import { blankValues } from "@/components/activity/form-values";
import { PageHeader } from "@/components/ui/card";
import { isActivityCategory } from "@/lib/activity/categories";
import { loadCollectionRefs, pickPeriod } from "@/lib/activity/collection-refs";
import { formOptionsFor } from "@/lib/activity/form-options";
import { gridCountries } from "@/lib/activity/grid-countries";
import { db } from "@/lib/db";
import { requireOrgPermission } from "@/lib/organizations/context";
import { requestTarget } from "@/lib/requests/queries";
import { listNetworks } from "@/lib/sites/networks";

type Props = {
  params: Promise<{ org: string; category: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { category } = await params;
  if (!isActivityCategory(category)) return {};
  const t = await getTranslations("collection");
  return { title: t("newTitle", { category: t(`categories.${category}.title`) }) };
}

export default async function NewActivityPage({ params, searchParams }: Props) {
  const { org, category } = await params;
  if (!isActivityCategory(category)) notFound();
  const context = await requireOrgPermission(org, "activity.create");
  const t = await getTranslations("collection");
  const refs = await loadCollectionRefs(db(), context.organization.id);
  const open = refs.periods.filter((p) => p.status === "OPEN");
  const query = await searchParams;
  // Opened from a data request (?request=<id>): its period and site, when the request is this organisation's.
  const request =
    typeof query.request === "string" ? await requestTarget(db(), context.organization.id, query.request) : null;
  const requested = request?.periodId ?? query.period;
  const period = pickPeriod(open, typeof requested === "string" ? requested : undefined);
  const choices = {
    ...formOptionsFor(category),
    gridCountries: category === "digital" ? await gridCountries(db(), context.organization.id) : [],
  };
  const networks = category === "energy" ? await listNetworks(db(), context.organization.id) : null;
  const title = t("newTitle", { category: t(`categories.${category}.title`) });
  return (
    <>
      <PageHeader title={title} />
      {period ? (
        <ActivityForm
          orgSlug={org}
          title={title}
          choices={choices}
          periods={open.map((p) => ({
            id: p.id,
            name: p.label,
            amortised: p.capitalGoodsMethod === "amortised",
            hours: p.hours,
          }))}
          sites={refs.sites}
          products={refs.products}
          initial={{ ...blankValues(period.id, choices.types[0]), siteId: request?.siteId ?? "" }}
          requestId={request && typeof query.request === "string" ? query.request : undefined}
          airportLabels={{}}
          networks={networks}
          listHref={`/${org}/collection/${category}`}
        />
      ) : (
        <p className="text-sm text-slate-600">{t("noOpenPeriod")}</p>
      )}
    </>
  );
}
