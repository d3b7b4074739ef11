// Lines for the data-request journey, made with the app's own functions (the entry forms live elsewhere):
// the demo contributor of an organisation enters one electricity line within a request assigned to them
// and submits it. Run with tsx in a child process, against the e2e database (or the port given), and
// prints one JSON line:
//   node --import tsx e2e/support/workflow-data.ts submit-line <org slug> <request id> <label> [pg port]
// `targets <org slug>` makes, in an organisation the cross-tenant spec attacks, a request from its owner to
// its demo contributor (with a file), a submitted line and a draft line answering it, and returns their ids
// with the contributor's notification (those records stay, like the organisation's other data).
import { createPrismaClient } from "../../lib/db/client.ts";
import { createActivity } from "../../lib/activity/mutations.ts";
import { ZActivityCreate } from "../../lib/activity/schemas.ts";
import { submitActivities } from "../../lib/activity/status.ts";
import { attachEvidence } from "../../lib/evidence/mutations.ts";
import { createRequest } from "../../lib/requests/mutations.ts";
import { DEFAULT_DATABASE, serverUrl } from "../../scripts/lib/embedded-postgres.ts";
import { scriptVar } from "../../scripts/lib/env.ts";

const [command, slug, requestId, label, port] = process.argv.slice(2);
const db = createPrismaClient(serverUrl(Number(port ?? scriptVar("E2E_PG_PORT") ?? 54349), DEFAULT_DATABASE));

async function submitLine() {
  const organization = await db.organization.findUniqueOrThrow({ where: { slug: slug as string } });
  const request = await db.dataRequest.findFirstOrThrow({
    where: { id: requestId as string, organizationId: organization.id },
  });
  const contributor = await db.user.findFirstOrThrow({ where: { id: request.assigneeId } });
  const scope = {
    organizationId: organization.id,
    actor: { id: contributor.id, email: contributor.email },
    actorName: contributor.name,
  };
  const input = ZActivityCreate.parse({
    periodId: request.periodId,
    siteId: request.siteId ?? "",
    activityTypeId: "energy.electricity.grid",
    quantity: "1 250",
    unit: "kWh",
    label,
    requestId: request.id,
  });
  const line = await createActivity(db, scope, input, { limitToAssignedRequests: true });
  await submitActivities(db, scope, [line.id], { limitToOwnWork: true });
  return { activityId: line.id, kgCO2e: line.kgCO2e.toFixed() };
}

async function targets() {
  const organization = await db.organization.findUniqueOrThrow({ where: { slug: slug as string } });
  const role = (r: "OWNER" | "CONTRIBUTOR") =>
    db.membership.findFirstOrThrow({ where: { organizationId: organization.id, role: r }, include: { user: true } });
  const [owner, contributor] = [(await role("OWNER")).user, (await role("CONTRIBUTOR")).user];
  const period = await db.reportingPeriod.findFirstOrThrow({
    where: { organizationId: organization.id, status: "OPEN" },
    orderBy: { year: "desc" },
  });
  const scopeOf = (u: { id: string; email: string }) => ({
    organizationId: organization.id,
    actor: { id: u.id, email: u.email },
  });
  const request = await createRequest(db, scopeOf(owner), {
    category: "energy",
    periodId: period.id,
    siteId: null,
    assigneeId: contributor.id,
    dueDate: "2026-01-31",
    instructions: null,
  });
  const line = (label: string) =>
    createActivity(
      db,
      scopeOf(contributor),
      ZActivityCreate.parse({
        periodId: period.id,
        activityTypeId: "energy.electricity.grid",
        quantity: "10",
        unit: "kWh",
        label,
        requestId: request.id,
      }),
      { limitToAssignedRequests: true },
    );
  const submitted = await line("Cross-tenant target (submitted)");
  const draft = await line("Cross-tenant target (draft)");
  await submitActivities(db, scopeOf(contributor), [submitted.id], { limitToOwnWork: true });
  const notification = await db.notification.findFirstOrThrow({
    where: { organizationId: organization.id, userId: contributor.id, requestId: request.id },
  });
  const file = await attachEvidence(
    db,
    { ...scopeOf(owner), role: "OWNER" },
    {
      requestId: request.id,
      fileName: "consignes.pdf",
      bytes: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n", "latin1"),
    },
  );
  return {
    requestId: request.id,
    submittedId: submitted.id,
    draftId: draft.id,
    notificationId: notification.id,
    requestEvidenceId: file.id,
  };
}

try {
  if (command === "submit-line") console.log(JSON.stringify(await submitLine()));
  else if (command === "targets") console.log(JSON.stringify(await targets()));
  else throw new Error(`unknown command ${command}`);
} finally {
  await db.$disconnect();
}
