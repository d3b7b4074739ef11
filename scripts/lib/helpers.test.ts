import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildNeeded } from "./next-build.ts";
import { databaseName, redactUrl, withDatabase } from "./pg-admin.ts";
import { parsePostmasterPid } from "./postmaster.ts";
import { exitCodeFor } from "./supervisor.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("database URLs", () => {
  const url = "postgresql://albedo:s%40cret@127.0.0.1:54329/albedo?schema=public";
  it("switches the database and keeps the rest", () => {
    expect(withDatabase(url, "albedo_test_1")).toBe(
      "postgresql://albedo:s%40cret@127.0.0.1:54329/albedo_test_1?schema=public",
    );
    expect(databaseName(url)).toBe("albedo");
  });
  it("hides the password in messages", () => {
    expect(redactUrl(url)).toBe("postgresql://albedo:***@127.0.0.1:54329/albedo?schema=public");
  });
});

describe("postmaster.pid", () => {
  it("reads the PID, data directory and port", () => {
    const text = "4242\n/srv/pg\n1700000000\n54329\n\n127.0.0.1\n  1 2\nready   \n";
    expect(parsePostmasterPid(text)).toEqual({ pid: 4242, dataDir: "/srv/pg", port: 54329 });
    expect(parsePostmasterPid("garbage")).toBeUndefined();
  });
});

describe("child exit codes", () => {
  it("passes a code through and maps a signal to 128+n", () => {
    expect(exitCodeFor(3, null)).toBe(3);
    expect(exitCodeFor(null, "SIGINT")).toBe(130);
    expect(exitCodeFor(null, "SIGTERM")).toBe(143);
  });
});

describe("build freshness", () => {
  function project(): string {
    const root = mkdtempSync(path.join(os.tmpdir(), "albedo-build-"));
    dirs.push(root);
    mkdirSync(path.join(root, "app"), { recursive: true });
    writeFileSync(path.join(root, "app", "page.tsx"), "export default 1;");
    writeFileSync(path.join(root, "package.json"), "{}");
    return root;
  }
  const setTime = (file: string, seconds: number) => utimesSync(file, seconds, seconds);

  it("builds when there is no previous build", () => {
    expect(buildNeeded(project())).toBe("no previous build");
  });

  it("skips the build until a source is newer than .next/BUILD_ID", () => {
    const root = project();
    mkdirSync(path.join(root, ".next"));
    const buildId = path.join(root, ".next", "BUILD_ID");
    writeFileSync(buildId, "x");
    for (const f of ["app/page.tsx", "app", "package.json"]) setTime(path.join(root, f), 1_000);
    setTime(buildId, 2_000);
    expect(buildNeeded(root)).toBeUndefined();
    setTime(path.join(root, "app", "page.tsx"), 3_000);
    expect(buildNeeded(root)).toBe("app changed since the last build");
  });
});
