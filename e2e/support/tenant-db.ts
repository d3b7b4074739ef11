// Read-only access to the e2e database for the cross-tenant HTTP spec: the ids of one organisation's
// records (to aim replayed requests at them) and a fingerprint of everything the organisation owns (to
// prove a refused request changed nothing). Plain SQL through `pg`, so no app module is loaded here.
import pg from "pg";
import { DEFAULT_DATABASE, serverUrl } from "../../scripts/lib/embedded-postgres.ts";
import { scriptVar } from "../../scripts/lib/env.ts";

export type TenantDb = {
  /** The single value a query returns (an id, a count), as text. */
  value: (sql: string, params: unknown[]) => Promise<string>;
  /** Per table: row count and a digest of every row (all columns, so updatedAt too). */
  fingerprint: (organizationId: string) => Promise<Record<string, string>>;
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
    close: () => client.end(),
  };
}
