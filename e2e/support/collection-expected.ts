// What the engine computes for an activity of a demo organisation, by the app's own previewActivity (the
// organisation's accepted releases, its sites and periods), so the collection spec compares the form's
// preview and saved lines with the engine instead of hand-copied figures. Run with tsx in a child process
// (the app's modules import JSON data files, which Playwright's loader cannot), against the e2e database:
//   node --import tsx e2e/support/collection-expected.ts <org slug> '<activity input as JSON>'
import { createPrismaClient } from "../../lib/db/client.ts";
import { previewActivity } from "../../lib/activity/queries.ts";
import { ZActivityCreate } from "../../lib/activity/schemas.ts";
import { DEFAULT_DATABASE, serverUrl } from "../../scripts/lib/embedded-postgres.ts";
import { scriptVar } from "../../scripts/lib/env.ts";

const [slug, json] = process.argv.slice(2);
const db = createPrismaClient(serverUrl(Number(scriptVar("E2E_PG_PORT") ?? 54349), DEFAULT_DATABASE));
try {
  if (!slug || !json) throw new Error("usage: <org slug> '<activity input JSON>'");
  const organization = await db.organization.findUniqueOrThrow({ where: { slug } });
  const preview = await previewActivity(db, organization.id, ZActivityCreate.parse(JSON.parse(json)));
  if (!preview.ok) throw new Error(`the engine refuses ${json}: ${JSON.stringify(preview.errors)}`);
  console.log(JSON.stringify({ kgCO2e: preview.kgCO2e, factorId: preview.lines[0]?.factorId ?? null }));
} finally {
  await db.$disconnect();
}
