// The driver adapter the wasm schema engine talks to PostgreSQL through: @prisma/adapter-pg 7.10.1, with
// three fixes applied to the instances created here only (the app's own Prisma client is untouched):
//  1. OID 18 (PostgreSQL's internal one-byte "char", e.g. pg_constraint.contype) has no mapping in the
//     adapter ("Column type 'char' could not be deserialized"); the engine's schema describer reads such
//     columns, and reporting them as Character works on PG 15 and 18 (as Text the engine panics on PG 18).
//  2. Its connectToShadowDb is broken (a connectionString overrides the shadow database name, and it drops
//     the database while its own pool is still connected): we provide our own.
//  3. Its executeScript splits the script on every ";" (breaking semicolons inside strings, comments or
//     function bodies) and runs each piece on its own. We send the script as one simple query, as Prisma's
//     native engine does, so a migration runs whole in one implicit transaction.
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import type pg from "pg";
import { createDatabase, dropDatabase, throwawayDatabaseName, withDatabase } from "../lib/pg-admin.ts";

export const SHADOW_DB_PREFIX = "albedo_shadow";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const charColumns = Symbol("albedo.charColumns");

type TaggedRows = unknown[][] & { [charColumns]?: number[] };

// Runtime members of adapter-pg's queryable classes that its .d.ts keeps private.
interface PgQueryableInternals {
  performIO(query: SqlQuery): Promise<pg.QueryResult & { rows: TaggedRows }>;
  onError(error: unknown): never;
  queryRaw(query: SqlQuery): Promise<SqlResultSet>;
}

/** Fix 1, on an adapter or transaction object: see the file comment. */
function mapCharColumns(queryable: SqlDriverAdapter | Transaction): void {
  const q = queryable as unknown as PgQueryableInternals;
  const performIO = q.performIO.bind(q);
  const queryRaw = q.queryRaw.bind(q);
  // The adapter throws on OID 18 before returning, so hide it as text and tag the rows array (which
  // queryRaw passes through unchanged) with the affected column indexes...
  q.performIO = async (query) => {
    const result = await performIO(query);
    const indexes: number[] = [];
    result.fields?.forEach((field, i) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        indexes.push(i);
      }
    });
    if (indexes.length > 0) result.rows[charColumns] = indexes;
    return result;
  };
  // ...then report those columns as Character.
  q.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const i of (resultSet.rows as TaggedRows)[charColumns] ?? [])
      resultSet.columnTypes[i] = ColumnTypeEnum.Character;
    return resultSet;
  };
}

/** Fix 3: the whole script in one round trip (pg uses the simple query protocol when there are no parameters). */
function runScriptsWhole(adapter: SqlDriverAdapter, pool: pg.Pool): void {
  const q = adapter as unknown as PgQueryableInternals;
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      q.onError(error);
    }
  };
}

async function connectPatched(
  url: string,
  schema: string | undefined,
  release?: () => Promise<void>,
): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPg({ connectionString: url }, schema ? { schema } : undefined).connect();
  const pool = adapter.underlyingDriver();
  pool.on("error", () => {}); // an idle connection dropped by the server must not crash the CLI
  mapCharColumns(adapter);
  runScriptsWhole(adapter, pool);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const tx = await startTransaction(isolationLevel);
    mapCharColumns(tx);
    return tx;
  };
  const dispose = adapter.dispose.bind(adapter);
  let disposing: Promise<void> | undefined;
  adapter.dispose = () => {
    disposing ??= (async () => {
      await dispose(); // ends the pool first, so a DROP DATABASE that follows is not blocked by it
      await release?.();
    })();
    return disposing;
  };
  return adapter;
}

export interface MigrationAdapter {
  /** For SchemaEngine.new(). */
  factory: ReturnType<typeof bindMigrationAwareSqlAdapterFactory>;
  /** Disposes every adapter the engine opened and did not dispose (the engine keeps its main one). */
  close(): Promise<void>;
}

/**
 * The adapter factory for SchemaEngine.new(): `url` is the database to migrate; shadow databases (used to
 * replay migrations when diffing) are created next to it and dropped afterwards, so its role needs CREATEDB.
 */
export function createMigrationAdapter(url: string): MigrationAdapter {
  const schema = new URL(url).searchParams.get("schema") ?? undefined;
  const opened = new Set<SqlDriverAdapter>();
  const track = async (adapter: Promise<SqlDriverAdapter>): Promise<SqlDriverAdapter> => {
    const a = await adapter;
    opened.add(a);
    return a;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => track(connectPatched(url, schema)),
    // Fix 2: create the shadow database with a plain client, and drop it only after its pool has ended.
    connectToShadowDb: async () => {
      const name = throwawayDatabaseName(SHADOW_DB_PREFIX);
      await createDatabase(url, name);
      return track(connectPatched(withDatabase(url, name), schema, () => dropDatabase(url, name)));
    },
  };
  return {
    factory: bindMigrationAwareSqlAdapterFactory(factory),
    close: async () => {
      await Promise.all([...opened].map((a) => a.dispose()));
      opened.clear();
    },
  };
}
