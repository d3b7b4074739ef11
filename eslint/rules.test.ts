// The architecture's "never" rules are lint errors: each case below breaks one on purpose and must be
// reported, so a rule that silently stops working (a renamed folder, a broken resolver) fails this test.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, ignore: false });
});

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

// The first lint loads the TypeScript resolver and parser: seconds on a busy two-core machine.
describe("architecture lint rules", { timeout: 60_000 }, () => {
  it("lib/calc imports nothing else from lib/ and nothing server-only", async () => {
    expect(await ruleIds('import { db } from "@/lib/db";\nexport const x = db;\n', "lib/calc/fixture.ts")).toContain(
      "no-restricted-imports",
    );
    expect(await ruleIds('import "server-only";\n', "lib/calc/fixture.ts")).toContain("no-restricted-imports");
    expect(
      await ruleIds('import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n', "lib/calc/f.ts"),
    ).toContain("no-restricted-imports");
    expect(
      await ruleIds('import { ZUnit } from "@/lib/calc/units";\nexport const u = ZUnit;\n', "lib/calc/f.ts"),
    ).toEqual([]);
  });

  it("lib/reporting never imports the engine or the import parsers", async () => {
    const code = 'import { computeActivity } from "@/lib/calc";\nexport const c = computeActivity;\n';
    expect(await ruleIds(code, "lib/reporting/fixture.ts")).toContain("no-restricted-imports");
    const relative = 'import { computeActivity } from "../calc/compute";\nexport const c = computeActivity;\n';
    expect(await ruleIds(relative, "lib/reporting/fixture.ts")).toContain("no-restricted-imports");
    const parser = 'import { parse } from "../../lib/imports/csv";\nexport const p = parse;\n';
    expect(await ruleIds(parser, "lib/reporting/sub/fixture.ts")).toContain("no-restricted-imports");
    const allowed = 'import { ZId } from "@/lib/validation";\nexport const z = ZId;\n';
    expect(await ruleIds(allowed, "lib/reporting/fixture.ts")).toEqual([]);
  });

  it("lib/imports never resolves factors nor reads reporting", async () => {
    const code =
      'import { loadOrganizationFactorIndex } from "@/lib/factors/org-index";\nexport const l = loadOrganizationFactorIndex;\n';
    expect(await ruleIds(code, "lib/imports/fixture.ts")).toContain("no-restricted-imports");
  });

  it("components never import the database or a server-only module, type imports excepted", async () => {
    const rule = "albedo/no-server-only-imports";
    expect(await ruleIds('import { db } from "@/lib/db";\nexport const d = db;\n', "components/f.tsx")).toContain(rule);
    // lib/audit.ts starts with `import "server-only"`: found by reading the imported file.
    expect(
      await ruleIds('import { recordAudit } from "@/lib/audit";\nexport const r = recordAudit;\n', "components/f.tsx"),
    ).toContain(rule);
    expect(
      await ruleIds('import type { Db } from "@/lib/db/client";\nexport type D = Db;\n', "components/f.tsx"),
    ).toEqual([]);
  });

  it("process.env is read only in the env modules", async () => {
    const code = "export const url = process.env.DATABASE_URL;\n";
    expect(await ruleIds(code, "lib/sites/fixture.ts")).toContain("no-restricted-properties");
    expect(await ruleIds(code, "components/fixture.tsx")).toContain("no-restricted-properties");
    expect(await ruleIds(code, "lib/env.ts")).toEqual([]);
  });

  it("an import cycle is reported", async () => {
    const [result] = await eslint.lintFiles([path.join(ROOT, "eslint/fixtures/cycle-a.ts")]);
    expect(result?.messages.map((m) => m.ruleId)).toContain("import-x/no-cycle");
  });
});
