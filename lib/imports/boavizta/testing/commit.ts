import { expect } from "vitest";
import type { TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { confirmImport, runImportCommit } from "@/lib/imports/commit";
import { previewUpload } from "@/lib/imports/upload";

/** Tests: a Boavizta file through the import pipeline (preview, confirm, the commit job's body); its id. */
export async function commitBoaviztaFile(db: Db, scope: TenantScope, periodId: string, bytes: Buffer): Promise<string> {
  const preview = await previewUpload(db, scope, {
    periodId,
    fileName: "inventory.json",
    bytes,
    replace: false,
    locale: "fr",
  });
  expect(preview.status).toBe("PREVIEWED");
  await confirmImport(db, scope, preview.id);
  await runImportCommit(db, scope, preview.id, { runId: `run-${preview.id}`, chunks: { onProgress: async () => {} } });
  return preview.id;
}
