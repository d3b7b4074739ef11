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
      embedded: "method",
      pue: null,
      lifetimeYears: 4,
      coveredHours: null,
    });
  });

  test("manufacturing booked whole, a lifetime and the hours a response covers, typed the French way", () => {
    const parsed = ZImportUpload.parse(
      form({ boaviztaEmbedded: "whole", boaviztaLifetime: "5,5", boaviztaCoveredHours: "8 760" }),
    );
    expect(parsed.boavizta).toMatchObject({ embedded: "whole", lifetimeYears: 5.5, coveredHours: 8760 });
  });

  test("a lifetime or covered hours out of bounds is refused on its own field", () => {
    for (const [field, value, message] of [
      ["boaviztaLifetime", "0", "imports.errors.boaviztaLifetime"],
      ["boaviztaLifetime", "80", "imports.errors.boaviztaLifetime"],
      ["boaviztaCoveredHours", "-3", "imports.errors.boaviztaCoveredHours"],
      ["boaviztaEmbedded", "later", "validation.invalid"],
    ] as const) {
      const result = ZImportUpload.safeParse(form({ [field]: value }));
      expect(result.error?.issues[0], `${field}=${value}`).toMatchObject({ path: [field], message });
    }
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
