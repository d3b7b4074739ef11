// The e2e database as the cross-tenant HTTP spec sees it: the ids of one organisation's records (to aim
// replayed requests at them), a fingerprint of everything the organisation owns (to prove a refused
// request changed nothing), and a short-lived background run on the attacker's side to capture the job
// actions on. Plain SQL through `pg`: no app module is loaded, and no child process is needed.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TCrossTenantData } from "./cross-tenant-data";
import { DEFAULT_DATABASE, serverUrl } from "../../scripts/lib/embedded-postgres.ts";
import { scriptVar } from "../../scripts/lib/env.ts";

export type TenantDb = {
  /** The single value a query returns (an id, a count), as text. */
  value: (sql: string, params: unknown[]) => Promise<string>;
  /** Per table: row count and a digest of every row (all columns, so updatedAt too). */
  fingerprint: (organizationId: string) => Promise<Record<string, string>>;
  /** Digest of the given rows of `table` (all columns), to check records were left alone. */
  rowsDigest: (table: string, ids: string[]) => Promise<string>;
  /** A queued recalculation of `periodId` (no worker ever takes it: there is no queue job behind it). */
  queueRun: (organizationId: string, periodId: string, startedById: string) => Promise<string>;
  failRun: (runId: string) => Promise<void>;
  /** The run and any retry of it. */
  dropRun: (runId: string) => Promise<void>;
  /** Removes the records cross-tenant-data.ts made (named with `marker`); audit rows stay, as in the app. */
  removeFixtures: (fixtures: TCrossTenantData) => Promise<void>;
  close: () => Promise<void>;
};

export async function openTenantDb(): Promise<TenantDb> {
  const client = new pg.Client({
    connectionString: serverUrl(Number(scriptVar("E2E_PG_PORT") ?? 54349), DEFAULT_DATABASE),
  });
  await client.connect();
  // Every table that carries organizationId (new tenant tables are picked up by themselves), and the
  // organisation's own row.
  const { rows: tables } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'organizationId' ORDER BY table_name`,
  );
  if (tables.length < 5) throw new Error(`only ${tables.length} tenant tables found: wrong database?`);
  const digest = (from: string, where: string) =>
    `SELECT '${from}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')
       AS digest FROM "${from}" t WHERE ${where}`;
  const fingerprintSql = [
    digest("Organization", `t."id" = $1`),
    ...tables.map((t) => digest(t.table_name, `t."organizationId" = $1`)),
  ].join("\nUNION ALL\n");

  return {
    async value(sql, params) {
      const { rows } = await client.query<Record<string, unknown>>(sql, params);
      const value = rows.length === 1 && rows[0] ? Object.values(rows[0])[0] : undefined;
      if (value === undefined || value === null) throw new Error(`expected one value, got ${rows.length} rows: ${sql}`);
      return String(value);
    },
    async fingerprint(organizationId) {
      const { rows } = await client.query<{ name: string; digest: string }>(fingerprintSql, [organizationId]);
      return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
    },
    async rowsDigest(table, ids) {
      const { rows } = await client.query<{ digest: string }>(
        `SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest
         FROM "${table}" t WHERE t."id" = ANY($1)`,
        [ids],
      );
      return rows[0]?.digest ?? "";
    },
    async queueRun(organizationId, periodId, startedById) {
      const id = `e2e-run-${randomBytes(8).toString("hex")}`;
      await client.query(
        `INSERT INTO "JobRun" ("id", "organizationId", "kind", "targetKey", "params", "status", "total", "startedById")
         VALUES ($1, $2, 'period.recompute', $3, $4, 'QUEUED', 10, $5)`,
        [id, organizationId, periodId, JSON.stringify({ periodId }), startedById],
      );
      return id;
    },
    async failRun(runId) {
      await client.query(
        `UPDATE "JobRun" SET "status" = 'FAILED', "errorCount" = 1, "errors" = $2, "finishedAt" = now() WHERE "id" = $1`,
        [runId, JSON.stringify([{ code: "WORKER_LOST" }])],
      );
    },
    async dropRun(runId) {
      await client.query(`DELETE FROM "JobRun" WHERE "id" = $1 OR "retryOfId" = $1`, [runId]);
    },
    async removeFixtures({ marker, panier, nuage, otherFirmId }) {
      const orgs = [panier.organizationId, nuage.organizationId];
      await client.query(`DELETE FROM "JobRun" WHERE "organizationId" = $1 AND "id" = $2`, [
        panier.organizationId,
        panier.runId,
      ]);
      await client.query(`DELETE FROM "Invitation" WHERE "organizationId" = ANY($1) AND "id" = ANY($2)`, [
        orgs,
        [panier.invitationId, nuage.invitationId],
      ]);
      await client.query(`DELETE FROM "CustomFactor" WHERE "organizationId" = ANY($1) AND "nameFr" LIKE $2`, [
        orgs,
        `% ${marker}`,
      ]);
      await client.query(`DELETE FROM "ConsultingFirm" WHERE "id" = $1`, [otherFirmId]);
      await client.query(`DELETE FROM "Import" WHERE "organizationId" = $1 AND "id" = $2`, [
        panier.organizationId,
        panier.importId,
      ]);
      await client.query(`DELETE FROM "EvidenceFile" WHERE "organizationId" = ANY($1) AND "id" = ANY($2)`, [
        orgs,
        [panier.evidenceId, nuage.evidenceId],
      ]);
      await client.query(`DELETE FROM "NotationKey" WHERE "organizationId" = ANY($1) AND "id" = ANY($2)`, [
        orgs,
        [panier.notationKeyId, nuage.notationKeyId],
      ]);
      await client.query(`DELETE FROM "SurveyCampaign" WHERE "organizationId" = $1 AND "id" = $2`, [
        panier.organizationId,
        panier.surveyCampaignId,
      ]);
      await client.query(`DELETE FROM "ApiToken" WHERE "organizationId" = ANY($1) AND "name" = $2`, [
        orgs,
        `Jeton ${marker}`,
      ]);
    },
    close: () => client.end(),
  };
}
