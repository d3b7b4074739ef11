import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { BOAVIZTA_ERROR_KEYS } from "./errors";
import { BOAVIZTA_NOTES } from "./model";
import { parseBoaviztaFile } from "./parse";
import { parseError } from "./testing/expect";
import { readBoaviztaSample } from "./testing/samples";

// Bad input: one clear error key (FR and EN messages) and no result.

const sample = (name: string) => readBoaviztaSample(name).toString("utf8");
const V2 = "boaviztapi-2.4.1_server_dell-r740_nonverbose.json";
const V0 = "boaviztapi-0.2.2_cloud_aws-c5a.24xlarge_1h_TOTAL.json";

describe("refused files", () => {
  test("an unknown JSON shape", () => {
    expect(parseError('{"servers": [{"name": "web-1", "co2": 12}]}')).toBe("boaviztaUnknownShape");
    expect(parseError('{"impacts": {"gwp": {"unit": "kgCO2eq", "embedded": {"value": "a lot"}}}}')).toBe(
      "boaviztaUnknownShape",
    );
    expect(parseError("[1, 2, 3]")).toBe("boaviztaUnknownShape");
  });

  test("truncated JSON", () => {
    const text = sample(V2);
    expect(parseError(text.slice(0, Math.floor(text.length / 2)))).toBe("boaviztaInvalidJson");
    const inventory = sample("cloud-scanner-3.x_estimated-inventory_2resources.json");
    expect(parseError(inventory.slice(0, inventory.length - 10))).toBe("boaviztaInvalidJson");
  });

  test("mixed BoaviztAPI versions in one file, as a JSON array and as JSON Lines", () => {
    const v2 = JSON.parse(sample(V2)) as object;
    const v0 = JSON.parse(sample(V0)) as object;
    const array = JSON.stringify([
      { name: "web-1", ...v2 },
      { name: "web-2", ...v0 },
    ]);
    expect(parseError(array)).toBe("boaviztaMixedVersions");
    const lines = [
      JSON.stringify({ name: "web-1", response: v2 }),
      JSON.stringify({ name: "web-2", response: v0 }),
    ].join("\n");
    expect(parseError(lines)).toBe("boaviztaMixedVersions");
  });

  test("negative values, in every format", () => {
    expect(parseError(sample(V2).replace('"value": 967.9', '"value": -967.9'))).toBe("boaviztaNegative");
    const inventory = sample("cloud-scanner-3.x_estimated-inventory_2resources.json").replace(
      '"gwp_use_kgco2eq": 0.00226',
      '"gwp_use_kgco2eq": -0.00226',
    );
    expect(parseError(inventory)).toBe("boaviztaNegative");
    expect(
      parseError(
        sample("cloud-scanner-3.2_metrics_1instance_unit-test.prom").replace(
          'resource_state="Running",cloud_scanner_version="4.5.6",boaviztapi_version="v1.2.3"} 0.6',
          'resource_state="Running",cloud_scanner_version="4.5.6",boaviztapi_version="v1.2.3"} -0.6',
        ),
      ),
    ).toBe("boaviztaNegative");
    const csv = sample("environmental-footprint-data_boavizta-data-us.csv").replace("Laptop,161,", "Laptop,-161,");
    const result = parseBoaviztaFile(Buffer.from(csv));
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ message: "imports.errors.boaviztaNegative", row: 2 })],
    });
  });

  test("20 MB of random bytes: refused at once, unread", () => {
    const bytes = randomBytes(20 * 1024 * 1024);
    bytes[100] = 0; // random bytes hold a NUL in the first 8 KB with near certainty; make it certain
    const started = performance.now();
    expect(parseError(bytes)).toBe("boaviztaNotText");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test("empty, blank or an empty array", () => {
    for (const text of ["", "  \n", "[]"]) expect(parseError(text)).toBe("boaviztaEmpty");
  });

  test("text that is no Boavizta format, and a broken Prometheus line", () => {
    expect(parseError("hello,world\n1,2\n")).toBe("boaviztaUnknownShape");
    expect(parseError('boavizta_resource_gwp_use_kgco2eq{resource_id="i-1" 0.5\n')).toBe("boaviztaPrometheusLine");
  });

  test("a manufacturer CSV without gwp_total's companions", () => {
    expect(parseError("manufacturer,name,gwp_total\nDell,R740,1000\n")).toBe("boaviztaCsvHeader");
  });

  test("a cloud-scanner summary alone", () => {
    expect(parseError('{"number_of_resources_total": 4, "gwp_use_kgco2eq": 0.1}')).toBe("boaviztaSummaryOnly");
  });

  test("the same resource twice", () => {
    const v2 = JSON.parse(sample(V2)) as object;
    expect(
      parseError(
        JSON.stringify([
          { name: "web-1", ...v2 },
          { name: "web-1", ...v2 },
        ]),
      ),
    ).toBe("boaviztaDuplicateResource");
  });
});

describe("messages", () => {
  test.each([
    ["en", en],
    ["fr", fr],
  ] as const)("every error key and note has a %s message", (_, messages) => {
    const errors = messages.imports.errors as Record<string, unknown>;
    for (const key of BOAVIZTA_ERROR_KEYS) expect(errors[key], key).toBeTruthy();
    const notes = messages.imports.boavizta.notes as Record<string, string>;
    for (const note of BOAVIZTA_NOTES) expect(notes[note], note).toBeTruthy();
  });
});
