import { getLocale, getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { CampaignManager, type TCampaignView } from "@/components/surveys/campaign-manager";
import { appUrl } from "@/lib/app-url";
import { db } from "@/lib/db";
import { formatDate, formatNumber, formatPercent } from "@/lib/numbers/format";
import { requireOrgPermission } from "@/lib/organizations/context";
import { isoDateOf } from "@/lib/periods/dates";
import { listPeriods } from "@/lib/periods/queries";
import { listCampaigns } from "@/lib/surveys/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("surveys"))("title") };
}

export default async function SurveysPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "surveys.manage");
  const organizationId = context.organization.id;
  const [campaigns, periods, base, locale] = await Promise.all([
    listCampaigns(db(), organizationId),
    listPeriods(db(), organizationId),
    appUrl(),
    getLocale(),
  ]);
  const views: TCampaignView[] = await Promise.all(
    campaigns.map(async (c) => {
      const link = `${base}/s/${c.token}`;
      // An SVG QR code as a data URL (the CSP allows data: images): printed or pasted as it is.
      const svg = await QRCode.toString(link, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
      return {
        id: c.id,
        periodLabel: c.periodLabel,
        periodYear: c.periodYear,
        opensOn: formatDate(c.opensOn, locale),
        closesOn: formatDate(c.closesOn, locale),
        closesOnIso: isoDateOf(c.closesOn),
        opensOnIso: isoDateOf(c.opensOn),
        state: c.state,
        digitalQuestions: c.digitalQuestions,
        link,
        qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
        responses: formatNumber(c.rate.respondents, locale, 0),
        population: formatNumber(c.expectedPopulation, locale, 0),
        rate: formatPercent(c.rate.rate, locale),
        lowRate: c.rate.low,
        canClose: c.rate.respondents > 0 && c.state !== "revoked",
        lastDay: formatNumber(c.lastDay, locale, 0),
      };
    }),
  );
  const openPeriods = periods
    .filter((p) => p.status === "OPEN")
    .map((p) => ({ id: p.id, label: p.label, year: p.year }));
  return <CampaignManager orgSlug={org} campaigns={views} periods={openPeriods} />;
}
