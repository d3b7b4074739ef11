import { describe, expect, test } from "vitest";
import { ZImportUpload } from "@/lib/imports/upload-schema";

// The upload form's Boavizta answers: optional, defaulted, a PUE typed with a comma or a point.
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  f.set("periodId", "cjld2cjxh0000qzrmn831i7rn");
  f.set("file", new File(["{}"], "x.json"));
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("upload answers for Boavizta", () => {
  test("absent: the defaults", () => {
    expect(ZImportUpload.parse(form({})).boavizta).toEqual({
      usage: "auto",
      pue: null,
      lifetimeYears: 4,
      coveredHours: null,
    });
  });

  test("usage and a French PUE", () => {
    const parsed = ZImportUpload.parse(form({ boaviztaUsage: "owned", boaviztaPue: "1,25" }));
    expect([parsed.boavizta.usage, parsed.boavizta.pue]).toEqual(["owned", 1.25]);
    expect(ZImportUpload.parse(form({ boaviztaPue: "1.2" })).boavizta.pue).toBe(1.2);
  });

  test("a PUE below 1, above 5 or not a number is refused with its message; an unknown usage too", () => {
    for (const pue of ["0,9", "7", "beaucoup"]) {
      const result = ZImportUpload.safeParse(form({ boaviztaPue: pue }));
      expect(result.error?.issues[0]?.message).toBe("imports.errors.boaviztaPue");
    }
    expect(ZImportUpload.safeParse(form({ boaviztaUsage: "leased" })).error?.issues[0]).toMatchObject({
      path: ["boaviztaUsage"],
      message: "validation.invalid",
    });
  });
});
