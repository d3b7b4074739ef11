import { afterAll, describe, expect, it } from "vitest";
import { createActivity } from "@/lib/activity/mutations";
import { previewActivity } from "@/lib/activity/queries";
import { ZActivityCreate } from "@/lib/activity/schemas";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { testDb } from "@/tests/fixtures/tenants";

// Digital work habits through the stored path (release ademe-arcep-usage 2022-usages-numerique-2.1.0 loaded
// in the database): only the network and data-centre parts are booked (cat. 1 / BEGES 4.5); the device's
// manufacturing and electricity are disclosed as excluded, never stored as lines.
const db = testDb();
afterAll(() => db.$disconnect());

const habit = (periodId: string, activityTypeId: string, quantity: string, unit: string) =>
  ZActivityCreate.parse({ periodId, activityTypeId, quantity, unit });
const linesOf = (organizationId: string, activityId: string) =>
  db.emissionLine.findMany({ where: { organizationId, activityId }, orderBy: { position: "asc" } });

describe("digital work habits", () => {
  it("120 h laptop video calls × (network 6.48854 + data centre 0.307374 g/h) = 0.815510 kgCO2e; device 4.056768 + 0.165042 kg excluded", async () => {
    const t = await tenantWithPeriods(db);
    const input = habit(t.periodOf(2024), "digital.video_call.laptop", "120", "hour");
    const preview = await previewActivity(db, t.organizationId, input);
    expect(preview).toMatchObject({ ok: true, kgCO2e: "0.815510" });
    if (!preview.ok) throw new Error("preview failed");
    expect(preview.excluded).toEqual([
      { stage: "manufacturing", reason: "counted_in_equipment_and_electricity", kgCO2e: "4.056768" },
      { stage: "device_use", reason: "counted_in_equipment_and_electricity", kgCO2e: "0.165042" },
    ]);
    const a = await createActivity(db, t.scope(), input);
    expect(a.kgCO2e.toFixed()).toBe("0.81551");
    const lines = await linesOf(t.organizationId, a.id);
    expect(lines.map((l) => [l.stage, l.scope, l.ghgCategory, l.begesPoste, l.kgCO2e.toFixed()])).toEqual([
      ["network", 3, 1, "4.5", "0.778625"], // 120 × 0.00648854 = 0.7786248
      ["data_centre", 3, 1, "4.5", "0.036885"], // 120 × 0.000307374 = 0.03688488
    ]);
    expect(lines[0]!.factorId).toBe("ademe-arcep-usage:video-call-laptop@2022-usages-numerique-2.1.0");
  });

  it("2,500 e-mails with attachment × (0.0358093 + 1.0426) g = 2.696023 kg; 300 GB·year of storage × 52.7224 g = 15.81672 kg", async () => {
    const t = await tenantWithPeriods(db);
    const mail = await createActivity(
      db,
      t.scope(),
      habit(t.periodOf(2024), "digital.email.attachment", "2500", "email"),
    );
    expect(mail.kgCO2e.toFixed()).toBe("2.696023"); // 2500 × 0.0010784093 = 2.69602325
    const storage = await createActivity(
      db,
      t.scope(),
      habit(t.periodOf(2024), "digital.cloud_storage", "300", "GB.year"),
    );
    expect(storage.kgCO2e.toFixed()).toBe("15.81672");
  });
});
