// Runs e2e/support/imports-data.ts in a child process (the app's modules import JSON data files, which
// Playwright's loader cannot) and returns the JSON line it prints: an organisation of its own with a manager
// and an open 2024 period ("setup"), or what its inventory holds ("state <orgId>").
import { execFileSync } from "node:child_process";

export type TImportsSetup = { organizationId: string; slug: string; email: string; password: string };
export type TImportsState = { activities: number; imported: number; kgCO2e: string };

export function importsData<T>(...args: string[]): T {
  const out = execFileSync(process.execPath, ["--import", "tsx", "e2e/support/imports-data.ts", ...args], {
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").pop() as string) as T;
}
