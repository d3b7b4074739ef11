import "server-only";
// The mapping screen's data: an uploaded FEC netted per account for one period, each account's treatment
// (remembered or default), the spend rows it gives, and their kgCO2e from the engine's preview path
// (lib/activity/preview-rows.ts, the steps saveActivitiesBulk runs). Nothing is written here.
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { previewActivityRows } from "@/lib/activity/preview-rows";
import type { TRowPreview } from "@/lib/activity/preview-row-types";
import type { TFecPreview, TFecPreviewRow } from "@/lib/imports/fec/preview-types";
import { isoDateOf } from "@/lib/periods/dates";
import { sumDecimals } from "@/lib/numbers/decimal";
import type { TParsedImport } from "@/lib/imports/types";
import { netFecAccounts, type TFecAccount, type TFecNetting } from "@/lib/imports/fec/accounts";
import { listFecMappings } from "@/lib/imports/fec/mappings";
import { fecAccountChoices, fecToParsedImport, type TFecImportContext } from "@/lib/imports/fec/to-import";

/** What the import of this FEC into the period would be: the pipeline's TParsedImport and its context. */
export async function fecImportContext(db: Db, organizationId: string, periodId: string) {
  const period = await db.reportingPeriod.findFirst({
    where: { id: periodId, organizationId },
    select: { id: true, year: true, startDate: true, endDate: true },
  });
  if (!period) throw new AppError("NOT_FOUND");
  const [remembered, physical] = await Promise.all([
    listFecMappings(db, organizationId),
    db.activityData.findMany({
      where: { organizationId, periodId, NOT: { activityTypeId: { startsWith: "spend." } } },
      select: { activityTypeId: true },
      distinct: ["activityTypeId"],
    }),
  ]);
  const ctx: TFecImportContext = {
    periodId,
    spendYear: period.year,
    remembered,
    physicalActivityTypes: physical.map((p) => p.activityTypeId),
  };
  return { ctx, fiscalYear: { startDate: isoDateOf(period.startDate), endDate: isoDateOf(period.endDate) } };
}

/** Parses an uploaded FEC for a period: the import as the pipeline takes it, and the netting behind it. */
export async function parseFecForPeriod(
  db: Db,
  organizationId: string,
  input: { periodId: string; bytes: Uint8Array },
): Promise<{ parsed: TParsedImport; netting: TFecNetting; ctx: TFecImportContext }> {
  const { ctx, fiscalYear } = await fecImportContext(db, organizationId, input.periodId);
  const netting = await netFecAccounts(input.bytes, { fiscalYear });
  return { parsed: fecToParsedImport(netting, ctx), netting, ctx };
}

async function previewOf(db: Db, organizationId: string, netting: TFecNetting, ctx: TFecImportContext) {
  const parsed = fecToParsedImport(netting, ctx);
  const accounts = fecAccountChoices(netting.accounts, ctx);
  const previews = await previewActivityRows(
    db,
    organizationId,
    parsed.rows.map((r) => r.input),
  );
  const byLine = new Map(accounts.map((a) => [a.firstLine, a]));
  const rows = parsed.rows.map((r, i): TFecPreviewRow => {
    const account = byLine.get(r.row);
    return {
      row: r.row,
      account: account?.account ?? "",
      label: typeof r.input.label === "string" ? r.input.label : "",
      quantity: String(r.input.quantity ?? ""),
      ratioCategory: account?.ratioCategory ?? "",
      purpose: account?.purpose ?? "",
      preview: previews[i] as TRowPreview,
    };
  });
  const lines = previews.flatMap((p) => (p.ok ? p.lines : []));
  const categories = [...new Set(lines.map((l) => l.ghgCategory))].sort((a, b) => (a ?? 0) - (b ?? 0));
  return {
    periodId: ctx.periodId,
    spendYear: ctx.spendYear,
    lines: netting.lines,
    accounts,
    rows,
    errors: parsed.errors,
    totals: parsed.totals ?? {},
    kgCO2e: sumDecimals(lines.map((l) => l.kgCO2e)),
    kgByGhgCategory: categories.map((ghgCategory) => ({
      ghgCategory,
      kgCO2e: sumDecimals(lines.filter((l) => l.ghgCategory === ghgCategory).map((l) => l.kgCO2e)),
    })),
  } satisfies TFecPreview;
}

/** The screen after an upload. */
export async function analyseFec(
  db: Db,
  organizationId: string,
  input: { periodId: string; bytes: Uint8Array },
): Promise<TFecPreview> {
  const { netting, ctx } = await parseFecForPeriod(db, organizationId, input);
  return previewOf(db, organizationId, netting, ctx);
}

/** The screen again after a mapping edit: the accounts the upload netted, with today's choices. */
export async function previewFecAccounts(
  db: Db,
  organizationId: string,
  input: { periodId: string; accounts: TFecAccount[]; lines: number },
): Promise<TFecPreview> {
  const { ctx } = await fecImportContext(db, organizationId, input.periodId);
  const netting: TFecNetting = {
    separator: null,
    encoding: null,
    lines: input.lines,
    errors: [],
    firstDate: null,
    lastDate: null,
    accounts: input.accounts,
  };
  return previewOf(db, organizationId, netting, ctx);
}
