import { afterAll, describe, expect, it } from "vitest";
import * as imports from "@/app/api/v1/imports/route";
import * as one from "@/app/api/v1/imports/[id]/route";
import * as confirm from "@/app/api/v1/imports/[id]/confirm/route";
import * as rollback from "@/app/api/v1/imports/[id]/rollback/route";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { IMPORT_MAX_BYTES, IMPORT_MAX_REQUEST_BYTES } from "@/lib/imports/limits";
import { getImport } from "@/lib/imports/queries";
import { templateCsv } from "@/lib/imports/templates/csv-file";
import { previewUpload } from "@/lib/imports/upload";
import { stopBoss } from "@/lib/jobs/boss";
import { startImportCommit } from "@/lib/jobs/imports";
import { jobSender } from "@/lib/jobs/sender";
import { runJob } from "@/lib/jobs/worker";
import { sumDecimals } from "@/lib/numbers/decimal";
import { testDb } from "@/tests/fixtures/tenants";
import { call, tokenFor, uploadFormOf } from "@/tests/api/client";

// File imports through the public API, against a real PostgreSQL: the same functions as the imports
// pages (previewUpload, startImportCommit, the commit job), the same figures, and nothing written by a bad
// file. The job is run by the worker's own runJob, as `npm run worker` would.
const db = testDb();
afterAll(async () => {
  await stopBoss(); // confirming queues through the app's pg-boss (lib/jobs/sender.ts)
  await db.$disconnect();
});

const SETTINGS = { chunkSize: 500, testStepDelayMs: 0 };

/** The English energy template as downloaded, with `rows` lines filled in (or the given lines). */
function energyCsv(rows: number | string[]): string {
  const [header] = templateCsv("energy", "en").toString("utf8").split("\r\n");
  const lines =
    typeof rows === "number"
      ? Array.from({ length: rows }, (_, n) => `energy.electricity.grid,${1000 + n}.5,kWh,,,,,,Line ${n},,5`)
      : rows;
  return [header, ...lines].join("\r\n") + "\r\n";
}

type TRoles = NonNullable<Parameters<typeof tenantWithPeriods>[2]>["roles"];

async function world(roles: TRoles = ["OWNER", "MANAGER", "VIEWER"]) {
  const t = await tenantWithPeriods(db, [2023, 2024], { locked: [2023], roles });
  const { secret } = await tokenFor(db, t.scope());
  return { t, token: secret, p: t.periodOf(2024) };
}

const upload = (token: string, form: FormData, headers: Record<string, string> = {}) =>
  call(imports.POST, { token, method: "POST", form, headers });
const inventory = async (organizationId: string) => ({
  activities: await db.activityData.count({ where: { organizationId } }),
  lines: await db.emissionLine.count({ where: { organizationId } }),
});

async function pollUntilSettled(token: string, id: string) {
  const seen: { status: string; done: number; total: number }[] = [];
  for (let i = 0; i < 600; i++) {
    const r = await call(one.GET, { token, params: { id } });
    expect(r.status).toBe(200);
    if (r.json.job) seen.push({ status: r.json.status, done: r.json.job.done, total: r.json.job.total });
    if (r.json.status === "COMMITTED" || r.json.status === "FAILED") return { last: r.json, seen };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the import never settled");
}

describe("file imports through the API", { timeout: 120_000 }, () => {
  it("uploads a template CSV, confirms, polls the job until COMMITTED, with the figures of the imports page's path", async () => {
    const { t, token, p } = await world();
    const csv = energyCsv(30);
    const up = await upload(token, uploadFormOf(p, { name: "energy.csv", bytes: csv }));
    expect(up.status).toBe(201);
    expect(up.json).toMatchObject({
      periodId: p,
      fileName: "energy.csv",
      format: "template-csv",
      template: "energy",
      language: "en",
      status: "PREVIEWED",
      rows: 30,
      errorCount: 0,
      errors: [],
      job: null,
    });
    expect(up.json.preview).toHaveLength(20);
    expect(up.json.totals).toMatchObject({ activities: "30", kgCO2e: up.json.kgCO2e });
    expect(await inventory(t.organizationId)).toEqual({ activities: 0, lines: 0 });

    // The imports page's path, in another organisation: the upload action's function, its confirm, the job.
    const ref = await tenantWithPeriods(db, [2024]);
    const refPreview = await previewUpload(db, ref.scope(), {
      periodId: ref.periodOf(2024),
      fileName: "energy.csv",
      bytes: Buffer.from(csv),
      replace: false,
      locale: "en",
    });
    const refRun = await startImportCommit(db, jobSender, ref.scope(), refPreview.id);
    await runJob(db, { runId: refRun.runId, organizationId: ref.organizationId }, SETTINGS);
    const refImport = await getImport(db, ref.organizationId, refPreview.id);
    expect(refImport?.status).toBe("COMMITTED");
    expect(up.json.totals.kgCO2e).toBe(refImport?.totals.kgCO2e);

    const confirmed = await call(confirm.POST, { token, method: "POST", params: { id: up.json.id } });
    expect(confirmed.status).toBe(202);
    expect(confirmed.json).toMatchObject({ status: "QUEUED", job: { status: "QUEUED", done: 0 } });
    const again = await call(confirm.POST, { token, method: "POST", params: { id: up.json.id } });
    expect(again.status).toBe(409);

    const job = runJob(db, { runId: confirmed.json.job.id, organizationId: t.organizationId }, SETTINGS);
    const { last, seen } = await pollUntilSettled(token, up.json.id);
    await job;
    expect(last).toMatchObject({ status: "COMMITTED", job: { status: "DONE", errors: [] } });
    expect(last.job.total).toBeGreaterThan(0);
    expect(last.job.done).toBe(last.job.total);
    expect(seen.every((s) => s.done <= s.total || s.total === 0)).toBe(true);
    expect(last.committedAt).not.toBeNull();
    // Same totals as the imports page's path, and the inventory holds exactly them.
    expect(last.totals).toEqual(refImport?.totals);
    const activities = await db.activityData.findMany({
      where: { organizationId: t.organizationId },
      select: { importId: true, sourceKind: true, kgCO2e: true },
    });
    expect(activities).toHaveLength(30);
    expect(activities.every((a) => a.importId === up.json.id && a.sourceKind === "CSV_IMPORT")).toBe(true);
    expect(sumDecimals(activities.map((a) => a.kgCO2e))).toBe(last.totals.kgCO2e);

    // The list, a page at a time.
    const second = await upload(token, uploadFormOf(p, { name: "more.csv", bytes: energyCsv(2) }));
    const page1 = await call(imports.GET, { token, query: { limit: "1" } });
    expect(page1.json.imports.map((i: { id: string }) => i.id)).toEqual([second.json.id]);
    const page2 = await call(imports.GET, { token, query: { limit: "1", cursor: page1.json.nextCursor } });
    expect(page2.json).toMatchObject({
      imports: [{ id: up.json.id, status: "COMMITTED", rows: 30 }],
      nextCursor: null,
    });

    // The same file again is refused; rolling back removes exactly the import's rows.
    const duplicate = await upload(token, uploadFormOf(p, { name: "energy.csv", bytes: csv }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error.fieldErrors).toEqual({ file: "imports.errors.duplicate" });
    const rolled = await call(rollback.POST, { token, method: "POST", params: { id: up.json.id } });
    expect(rolled.status).toBe(200);
    expect(rolled.json).toMatchObject({ status: "ROLLED_BACK" });
    expect(await inventory(t.organizationId)).toEqual({ activities: 0, lines: 0 });
    expect((await call(rollback.POST, { token, method: "POST", params: { id: up.json.id } })).status).toBe(409);
  });

  it("a file with bad rows fails at upload with every row's error and writes nothing; it cannot be confirmed", async () => {
    const { t, token, p } = await world();
    const csv = energyCsv([
      "energy.electricity.grid,100,kWh,,,,,,ok,,",
      "energy.electricity.grid,-5,kWh,,,,,,negative,,",
      "energy.electricity.grid,100,L,,,,,,wrong unit,,",
      "energy.electricity.grid,abc,kWh,,,,,,not a number,,",
    ]);
    const r = await upload(token, uploadFormOf(p, { name: "bad.csv", bytes: csv }));
    expect(r.status).toBe(201);
    expect(r.json.status).toBe("FAILED");
    expect(r.json.errorCount).toBe(3);
    expect(r.json.errors.map((e: { row: number }) => e.row)).toEqual([3, 4, 5]);
    for (const e of r.json.errors) {
      expect(typeof e.column === "string" || e.column === null).toBe(true);
      expect(e.message).toMatch(/^[a-z]+\.[\w.]+$/); // a translation key
    }
    expect((await call(confirm.POST, { token, method: "POST", params: { id: r.json.id } })).status).toBe(409);
    expect(await inventory(t.organizationId)).toEqual({ activities: 0, lines: 0 });
    // A file of random bytes: one file-level error, nothing written.
    const random = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    const junk = await upload(token, uploadFormOf(p, { name: "data.csv", bytes: random }));
    expect(junk.json).toMatchObject({ status: "FAILED", rows: 0 });
    expect(junk.json.errorCount).toBeGreaterThan(0);
    expect(await inventory(t.organizationId)).toEqual({ activities: 0, lines: 0 });
  });

  it("refuses what the imports page refuses: empty file, missing period, locked or unknown period, not a form", async () => {
    const { t, token, p } = await world();
    const empty = await upload(token, uploadFormOf(p, { name: "e.csv", bytes: "" }));
    expect(empty.status).toBe(422);
    expect(empty.json.error.fieldErrors).toEqual({ file: "imports.errors.emptyFile" });
    const noPeriod = new FormData();
    noPeriod.set("file", new File(["a"], "a.csv"));
    expect((await upload(token, noPeriod)).json.error.fieldErrors).toEqual({ periodId: "validation.required" });
    const locked = await upload(token, uploadFormOf(t.periodOf(2023), { name: "x.csv", bytes: energyCsv(1) }));
    expect([locked.status, locked.json.error.code]).toEqual([409, "PERIOD_LOCKED"]);
    const unknown = await upload(token, uploadFormOf("no-such-period", { name: "x.csv", bytes: energyCsv(1) }));
    expect(unknown.status).toBe(404);
    const json = await call(imports.POST, { token, method: "POST", body: { periodId: p } });
    expect([json.status, json.json.error.code]).toEqual([400, "INVALID_FORM"]);
    expect(await db.import.count({ where: { organizationId: t.organizationId } })).toBe(0);
  });

  it("answers 413 to a file over the limit, whether the body says so, is streamed without a length, or is parsed", async () => {
    const { t, token, p } = await world();
    const boundary = "----albedo";
    const declared = await call(imports.POST, {
      token,
      method: "POST",
      body: `--${boundary}--\r\n`,
      headers: {
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": String(IMPORT_MAX_REQUEST_BYTES + 1),
      },
    });
    expect([declared.status, declared.json.error.code]).toEqual([413, "PAYLOAD_TOO_LARGE"]);
    expect(declared.json.error.fieldErrors).toEqual({ file: "imports.errors.tooLarge" });

    const chunk = new Uint8Array(1 << 20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 2 * IMPORT_MAX_REQUEST_BYTES) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const streamed = await imports.POST(
      new Request("http://localhost/api/v1/imports", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": `multipart/form-data; boundary=${boundary}` },
        body: stream,
        duplex: "half",
      } as RequestInit),
      { params: Promise.resolve({}) },
    );
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(IMPORT_MAX_REQUEST_BYTES + 3 * chunk.byteLength); // the rest was never read

    const big = await upload(token, uploadFormOf(p, { name: "big.csv", bytes: new Uint8Array(IMPORT_MAX_BYTES + 1) }));
    expect([big.status, big.json.error.code]).toEqual([413, "PAYLOAD_TOO_LARGE"]);
    expect(await db.import.count({ where: { organizationId: t.organizationId } })).toBe(0);
  });

  it("viewers read imports but cannot upload, confirm or roll back (403); contributors cannot read them", async () => {
    const { t, token, p } = await world(["OWNER", "VIEWER", "CONTRIBUTOR"]);
    const up = await upload(token, uploadFormOf(p, { name: "energy.csv", bytes: energyCsv(2) }));
    const viewer = (await tokenFor(db, t.scope(), { role: "VIEWER" })).secret;
    const denied = await upload(viewer, uploadFormOf(p, { name: "other.csv", bytes: energyCsv(3) }));
    expect([denied.status, denied.json.error.code]).toEqual([403, "FORBIDDEN"]);
    for (const handler of [confirm.POST, rollback.POST])
      expect((await call(handler, { token: viewer, method: "POST", params: { id: up.json.id } })).status).toBe(403);
    expect((await call(one.GET, { token: viewer, params: { id: up.json.id } })).json.status).toBe("PREVIEWED");
    expect((await call(imports.GET, { token: viewer })).json.imports).toHaveLength(1);
    const contributor = (await tokenFor(db, t.scope(), { role: "CONTRIBUTOR" })).secret;
    expect((await call(imports.GET, { token: contributor })).status).toBe(403);
    expect((await call(one.GET, { token: contributor, params: { id: up.json.id } })).status).toBe(403);
    expect(await db.import.count({ where: { organizationId: t.organizationId } })).toBe(1);
    expect((await call(imports.GET, { token: null })).status).toBe(401);
  });
});
