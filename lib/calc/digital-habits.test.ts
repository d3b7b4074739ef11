import { describe, expect, it } from "vitest";
import { computeActivity } from "@/lib/calc/compute";
import { CalcError } from "@/lib/calc/errors";
import { buildFactorIndex } from "@/lib/calc/factor-index";
import { parseCalcMappings, SHIPPED_MAPPINGS } from "@/lib/calc/mappings";
import { fixtureIndex, fixtureRecords } from "@/lib/calc/testing/fixtures";
import type { TActivityInput } from "@/lib/calc/types";
import { kgOf } from "@/lib/calc/testing/totals";

// Digital work habits (ademe-arcep-usage 2022-usages-numerique-2.1.0): the profile books the network and
// data-centre stages in purchased services (cat. 1 / BEGES 4.5) and excludes the device's manufacturing
// and electricity (already in equipment lines and the site's bills), disclosed beside the lines.
const index = fixtureIndex();
const habit = (activityTypeId: string, quantity: number, unit: string, region = "FR"): TActivityInput => ({
  activityTypeId,
  quantity,
  unit,
  region,
  year: 2025,
});

describe("digital work habits: only network and data centre are booked", () => {
  it("120 h of laptop video calls × (network 6.48854 + data centre 0.307374 g/h) = 0.81551 kg; device 4.22 kg excluded", () => {
    const { lines, excluded } = computeActivity(habit("digital.video_call.laptop", 120, "hour"), index);
    expect(lines.map((l) => [l.stage, l.scope, l.ghgCategory, l.begesPoste])).toEqual([
      ["network", 3, 1, "4.5"],
      ["data_centre", 3, 1, "4.5"],
    ]);
    expect(lines[0]!.kgCO2e).toBeCloseTo(120 * 0.00648854, 12);
    expect(lines[1]!.kgCO2e).toBeCloseTo(120 * 0.000307374, 12);
    expect(kgOf(lines)).toBeCloseTo(0.81550968, 10);
    // The lines keep the factor's full value and their share of it: booked = quantity × value × share.
    expect(lines[0]).toMatchObject({ factorValue: 0.041977664, quantity: 120 });
    expect(lines[0]!.stageShare).toBeCloseTo(0.00648854 / 0.041977664, 12);
    expect(lines.every((l) => l.flags.includes("stages-excluded"))).toBe(true);
    expect(excluded?.map((e) => [e.stage, e.reason])).toEqual([
      ["manufacturing", "counted_in_equipment_and_electricity"],
      ["device_use", "counted_in_equipment_and_electricity"],
    ]);
    expect(excluded![0]!.kgCO2e).toBeCloseTo(120 * 0.0338064, 10); // 4.056768 kg
    expect(excluded![1]!.kgCO2e).toBeCloseTo(120 * 0.00137535, 10); // 0.165042 kg
    // Booked + excluded = the full published value: nothing lost, nothing counted twice.
    const all = kgOf(lines) + excluded!.reduce((s, e) => s + e.kgCO2e, 0);
    expect(all).toBeCloseTo(120 * 0.041977664, 10);
  });

  it("90 min on a smartphone = 1.5 h × (17.2786 + 0.307374) g = 0.026379 kg, mobile network", () => {
    const { lines } = computeActivity(habit("digital.video_call.smartphone", 90, "minute"), index);
    expect(kgOf(lines)).toBeCloseTo(1.5 * (0.0172786 + 0.000307374), 12);
  });

  it("10,000 e-mails with a 1 MB attachment × (0.0358093 + 1.0426) g = 10.784 kg; 500 GB·year stored × 52.7224 g = 26.3612 kg", () => {
    const mail = computeActivity(habit("digital.email.attachment", 10_000, "email"), index);
    expect(kgOf(mail.lines)).toBeCloseTo(10_000 * (0.0000358093 + 0.0010426), 10);
    const storage = computeActivity(habit("digital.cloud_storage", 500, "GB.year"), index);
    expect(storage.lines).toHaveLength(1);
    expect(storage.lines[0]).toMatchObject({ stage: "data_centre", scope: 3, ghgCategory: 1, begesPoste: "4.5" });
    expect(storage.lines[0]!.kgCO2e).toBeCloseTo(500 * 0.0527224, 10);
    expect(storage.excluded).toBeUndefined(); // storage has no device part to leave out
  });

  it("outside France the French values serve as a flagged proxy", () => {
    const { lines, resolution } = computeActivity(habit("digital.video_call.laptop", 1, "hour", "DE"), index);
    expect(resolution.rule).toContain("region-fallback");
    expect(lines[0]!.flags).toContain("proxy-region");
  });

  it("types without exclusions are untouched: no excluded list, lines add up to quantity × value", () => {
    const result = computeActivity(habit("digital.data_transfer.fixed", 100, "GB"), index);
    expect(result.excluded).toBeUndefined();
    expect(result.lines[0]!.flags).not.toContain("stages-excluded");
    expect(kgOf(result.lines)).toBeCloseTo(100 * 0.00926934695867389, 12);
  });

  it("a profile may not both classify and exclude a stage, nor exclude every stage of a factor", () => {
    type TRawProfile = { stages: Record<string, unknown>; excluded: Record<string, string> };
    type TRaw = typeof SHIPPED_MAPPINGS & { stageProfiles: { profiles: Record<string, TRawProfile> } };
    const bad = structuredClone(SHIPPED_MAPPINGS) as TRaw;
    bad.stageProfiles.profiles.digital_habits!.excluded.network = "counted_in_equipment_and_electricity";
    expect(() => parseCalcMappings(bad)).toThrow(/classified or excluded/);
    const all = structuredClone(SHIPPED_MAPPINGS) as TRaw;
    const p = all.stageProfiles.profiles.digital_habits!;
    p.stages = {};
    p.excluded = {
      manufacturing: "counted_in_equipment_and_electricity",
      device_use: "counted_in_equipment_and_electricity",
      network: "counted_in_equipment_and_electricity",
      data_centre: "counted_in_equipment_and_electricity",
    };
    const everything = buildFactorIndex(fixtureRecords(), [], parseCalcMappings(all));
    expect(() => computeActivity(habit("digital.video_call.laptop", 1, "hour"), everything)).toThrow(CalcError);
  });
});
