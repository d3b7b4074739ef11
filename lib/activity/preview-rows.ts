// What saving many importer rows would compute, without writing anything: the same steps as
// saveActivitiesBulk (schema, columns, references, the organisation's factor index, the engine), once for
// the whole batch. Importers' previews (FEC mapping screen) call it; there is no second calculation.
import type { Db } from "@/lib/db/client";
import { activityColumns } from "@/lib/activity/columns";
import { calcContextOf, loadOrgRefs, referenceErrors } from "@/lib/activity/context";
import { computeStoredActivities } from "@/lib/activity/engine-input";
import { ZActivityBulkRow } from "@/lib/activity/schemas";
import { buildOrganizationFactorIndex } from "@/lib/factors/org-index";
import { issueFields } from "@/lib/validation";

import type { TRowPreview } from "@/lib/activity/preview-row-types";

export type { TRowPreview } from "@/lib/activity/preview-row-types";

export async function previewActivityRows(
  db: Db,
  organizationId: string,
  rows: readonly unknown[],
): Promise<TRowPreview[]> {
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { country: true } });
  if (!org) return rows.map(() => ({ ok: false, errors: [{ field: "_form", message: "errors.NOT_FOUND" }] }));
  const refs = await loadOrgRefs(db, organizationId, org.country);
  const results: TRowPreview[] = [];
  const ready: { at: number; columns: Extract<ReturnType<typeof activityColumns>, { ok: true }>["columns"] }[] = [];
  for (const raw of rows) {
    const at = results.length;
    const parsed = ZActivityBulkRow.safeParse(raw);
    if (!parsed.success) {
      const errors = parsed.error.issues.flatMap((issue) =>
        issueFields(issue).map((field) => ({ field, message: issue.message })),
      );
      results.push({ ok: false, errors });
      continue;
    }
    const built = activityColumns(parsed.data);
    const refErrors = built.ok ? referenceErrors(built.columns, refs, { allowLockedPeriod: true }) : [];
    if (!built.ok) results.push({ ok: false, errors: [built.error] });
    else if (refErrors.length > 0) results.push({ ok: false, errors: refErrors });
    else {
      results.push({ ok: false, errors: [] }); // replaced below
      ready.push({ at, columns: built.columns });
    }
  }
  if (ready.length === 0) return results;
  const orgIndex = await buildOrganizationFactorIndex(db, organizationId);
  const outcomes = computeStoredActivities(
    ready.map((r, i) => ({ ...r.columns, id: `preview-${i}` })),
    calcContextOf(refs, orgIndex),
  );
  for (const [i, outcome] of outcomes.entries()) {
    const at = (ready[i] as (typeof ready)[number]).at;
    if (!outcome.ok) {
      results[at] = { ok: false, errors: [outcome.error] };
      continue;
    }
    const main = outcome.rounded.lines[0];
    results[at] = {
      ok: true,
      kgCO2e: outcome.rounded.kgCO2e,
      lines: outcome.rounded.lines.map((l) => ({
        scope: l.scope,
        ghgCategory: l.ghgCategory,
        begesPoste: l.begesPoste,
        kgCO2e: l.kgCO2e,
      })),
      factorId: main?.factorId ?? null,
      rule: main?.resolutionRule ?? null,
    };
  }
  return results;
}
