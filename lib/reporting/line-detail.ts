import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import type { TLineDetail } from "@/lib/reporting/line-types";
import { lineColumnsSql, lineDetailsSql, toLineRow, type TLineRaw } from "@/lib/reporting/lines";

// One emission line with what an auditor asks next: both scope-2 figures, the activity as entered, and the
// factor's full record (library: its release's title, publisher, licence and attribution; custom: the
// organisation's stated source and justification). Another organisation's line id finds nothing.

const sql = Prisma.sql;

type TDetailRaw = TLineRaw & {
  locationKg: string;
  marketKg: string | null;
  periodId: string;
  stage: string | null;
  stageShare: string;
  gwpSet: string;
  activityQuantity: string;
  activityUnit: string;
  siteName: string | null;
  productName: string | null;
  releaseTitle: string | null;
  publisher: string | null;
  licence: string | null;
  attribution: string | null;
  publishedOn: Date | null;
  region: string | null;
  referenceYear: number | null;
  customSource: string | null;
  justification: string | null;
};

export async function getEmissionLine(
  db: Db,
  organizationId: string,
  lineId: string,
  scope2: "location" | "market",
): Promise<TLineDetail | null> {
  const kg =
    scope2 === "market"
      ? sql`CASE WHEN l."scope" = 2 THEN COALESCE(l."marketKgCO2e", l."kgCO2e") ELSE l."kgCO2e" END`
      : sql`l."kgCO2e"`;
  const rows = await db.$queryRaw<TDetailRaw[]>(sql`
    WITH p AS (
      SELECT l."id", ${kg} AS kg FROM "EmissionLine" l
      WHERE l."id" = ${lineId} AND l."organizationId" = ${organizationId}
    )
    SELECT ${lineColumnsSql},
      e."kgCO2e"::text AS "locationKg", e."marketKgCO2e"::text AS "marketKg", e."periodId", e."stage",
      e."stageShare"::text AS "stageShare", e."gwpSet", a."quantity"::text AS "activityQuantity",
      a."unit" AS "activityUnit", s."name" AS "siteName", pr."name" AS "productName",
      r."title" AS "releaseTitle", r."publisher", r."licence", r."attribution", r."publishedOn",
      COALESCE(f."region", cf."region") AS region, COALESCE(f."referenceYear", cf."referenceYear") AS "referenceYear",
      cf."source" AS "customSource", cf."justification"
    FROM p ${lineDetailsSql(organizationId)}
    LEFT JOIN "FactorRelease" r ON r."id" = f."releaseId"
    LEFT JOIN "Site" s ON s."id" = e."siteId" AND s."organizationId" = ${organizationId}
    LEFT JOIN "Product" pr ON pr."id" = e."productId" AND pr."organizationId" = ${organizationId}`);
  const r = rows[0];
  if (!r) return null;
  return {
    ...toLineRow(r),
    locationKgCO2e: r.locationKg,
    marketKgCO2e: r.marketKg,
    periodId: r.periodId,
    stage: r.stage,
    stageShare: r.stageShare,
    gwpSet: r.gwpSet,
    activityQuantity: r.activityQuantity,
    activityUnit: r.activityUnit,
    siteName: r.siteName,
    productName: r.productName,
    library:
      r.releaseTitle !== null
        ? {
            title: r.releaseTitle,
            publisher: r.publisher ?? "",
            licence: r.licence ?? "",
            attribution: r.attribution ?? "",
            publishedOn: r.publishedOn ? r.publishedOn.toISOString().slice(0, 10) : "",
            region: r.region ?? "",
            referenceYear: r.referenceYear,
          }
        : null,
    custom: r.customSource !== null ? { source: r.customSource, justification: r.justification ?? "" } : null,
  };
}
