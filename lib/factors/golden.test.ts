import { describe, expect, it } from "vitest";
import type { TFactorRecord } from "./record";
import { loadShippedReleases } from "./releases";

// Golden values from docs/methodology.md, checked on the shipped files (published digits, as strings).

const factors = new Map<string, TFactorRecord>(
  loadShippedReleases().flatMap((r) => r.factors.map((f) => [`${f.source}:${f.sourceId}`, f] as const)),
);
const get = (key: string): TFactorRecord => {
  const f = factors.get(key);
  if (!f) throw new Error(`${key} is not shipped`);
  return f;
};
const stages = (key: string) => get(key).stages.map((s) => [s.stage, s.value]);

describe("ADEME Base Carbone 23.6", () => {
  it("electricity France 2024: 0.0519 = generation 0.035 + upstream 0.0131 + T&D losses 0.0038", () => {
    expect(get("ademe:43642")).toMatchObject({
      value: "0.0519",
      unit: "kWh",
      region: "FR",
      referenceYear: 2024,
      uncertaintyPct: 10,
    });
    expect(stages("ademe:43642")).toEqual([
      ["combustion", "0.035"],
      ["upstream", "0.0131"],
      ["td_losses", "0.0038"],
    ]);
  });

  it("fuels", () => {
    expect(get("ademe:37133")).toMatchObject({ value: "0.215", unit: "kWh_PCS" });
    expect(stages("ademe:37133")).toEqual([
      ["combustion", "0.181"],
      ["upstream", "0.0344"],
    ]); // 0.2154 ≠ 0.215: split pro rata
    expect(get("ademe:37132")).toMatchObject({ value: "0.239", unit: "kWh_PCI" });
    expect(get("ademe:14087")).toMatchObject({ value: "3.25", unit: "L" });
    expect(get("ademe:25775")).toMatchObject({ value: "3.1", unit: "L", unitLabel: "kgCO2e/litre" }); // "3.10" in methodology.md
    expect(get("ademe:25763")).toMatchObject({ value: "2.69", unit: "L" });
  });

  it("district heating, cars and public transport", () => {
    const values = (ids: string[]) => ids.map((id) => get(`ademe:${id}`).value);
    expect(values(["36885", "36808", "37089"])).toEqual(["0.18", "0.131", "0.385"]);
    expect(values(["43791", "43788", "43787", "28007", "43809", "43782"])).toEqual([
      "0.256",
      "0.19",
      "0.357",
      "0.103",
      "0.16",
      "0.217",
    ]);
    expect(values(["43739", "43778", "43785", "43254", "43255", "43272", "28331", "28329"])).toEqual([
      "0.122",
      "0.00442",
      "0.00421",
      "0.00978",
      "0.0277",
      "0.0075",
      "0.011",
      "0.0249",
    ]);
    expect(get("ademe:43256")).toMatchObject({ value: "0.00293", unit: "p.km" });
    expect(get("ademe:43787")).toMatchObject({ status: "review", reviewNote: expect.stringContaining("49 %") });
    expect(stages("ademe:28331")).toEqual([
      ["manufacturing", "0.00872"],
      ["combustion", "0.00223"],
    ]); // e-bike "Amont" = manufacturing
  });

  it("planes, with contrails as a non-CO2 stage", () => {
    const withC = {
      "43745": "0.289",
      "43743": "0.225",
      "43741": "0.185",
      "43747": "0.167",
      "43749": "0.178",
      "43773": "0.151",
    };
    const without = {
      "43746": "0.159",
      "43744": "0.124",
      "43742": "0.102",
      "43748": "0.0918",
      "43750": "0.0979",
      "43774": "0.0832",
    };
    for (const [id, value] of Object.entries(withC)) {
      const f = get(`ademe:${id}`);
      expect(f).toMatchObject({ value, unit: "p.km" });
      expect(f.tags).toContain("contrails");
      expect(f.stages.filter((s) => s.stage === "non_co2")).toHaveLength(1);
      expect(f.stages.some((s) => s.stage === "fugitive")).toBe(false);
    }
    for (const [id, value] of Object.entries(without)) {
      expect(get(`ademe:${id}`)).toMatchObject({ value });
      expect(get(`ademe:${id}`).stages.some((s) => s.stage === "non_co2")).toBe(false);
    }
    expect(stages("ademe:43773")).toEqual([
      ["upstream", "0.0149"],
      ["combustion", "0.068"],
      ["non_co2", "0.068"],
      ["manufacturing", "0.000257"],
    ]);
  });

  it("monetary ratios per k€ excluding VAT, one element per year", () => {
    const itServices = ["43441", "43442", "43443", "43444", "43445"].map((id) => get(`ademe:${id}`));
    expect(itServices.map((f) => f.value)).toEqual(["79", "74", "78", "79", "75"]);
    expect(itServices.map((f) => f.referenceYear)).toEqual([2019, 2020, 2021, 2022, 2023]);
    for (const f of itServices) expect(f).toMatchObject({ unit: "kEUR", tags: ["monetary-ratio"] });
    const ratios2023 = {
      "43445": "75",
      "43545": "67",
      "43525": "250",
      "43510": "136",
      "43420": "216",
      "43565": "914",
      "43570": "319",
    };
    for (const [id, value] of Object.entries(ratios2023))
      expect(get(`ademe:${id}`)).toMatchObject({ value, unit: "kEUR", referenceYear: 2023 });
    const all = [...factors.values()].filter(
      (f) => f.source === "ademe" && f.tags.includes("monetary-ratio") && f.referenceYear,
    );
    expect(all.filter((f) => f.unitLabel.includes("HT"))).toHaveLength(280); // 56 ratios × 5 years
  });

  it("IT equipment and refrigerant GWPs", () => {
    expect(get("ademe:27002")).toMatchObject({ value: "156", unit: "unit", tags: ["it-equipment"] });
    expect(get("ademe:27006")).toMatchObject({ value: "248", unit: "unit" });
    expect(get("ademe:22600")).toMatchObject({ value: "1924", gwpSet: "AR5", unit: "kg" });
    expect(get("ademe:43632")).toMatchObject({ value: "2256", gwpSet: "AR6", unit: "kg" });
  });
});

describe("DESNZ 2025", () => {
  it("UK electricity with its T&D and WTT rows", () => {
    expect(get("desnz:7_400_4000_5")).toMatchObject({
      value: "0.177",
      unit: "kWh",
      region: "GB",
      gwpSet: "AR5",
      uncertaintyPct: null,
    });
    expect(get("desnz:7_400_4000_5").gases).toMatchObject({ co2f: "0.17489", ch4f: "0.0009", n2o: "0.00122" });
    expect(get("desnz:13_402_4000_5")).toMatchObject({ value: "0.01853", tags: expect.arrayContaining(["td"]) });
    expect(get("desnz:15_917_4000_5")).toMatchObject({ value: "0.0459", tags: expect.arrayContaining(["wtt"]) });
    expect(get("desnz:15_918_4000_5")).toMatchObject({ value: "0.00397", tags: expect.arrayContaining(["wtt", "td"]) });
  });

  it("hotel nights per country and taxis", () => {
    expect(get("desnz:29_600_4016_13")).toMatchObject({
      value: "6.7",
      unit: "room.night",
      region: "FR",
      regionLabel: "France",
    });
    expect(get("desnz:29_600_4000_13")).toMatchObject({ value: "10.4", region: "GB" });
    expect(get("desnz:25_313_3141_11")).toMatchObject({
      value: "0.14861",
      unit: "p.km",
      nameEn: "Taxis - Regular taxi",
    });
    expect(get("desnz:25_313_3141_11").gases?.ch4f).toBe("0.0000033152"); // 3.3152000000000005E-06 in the xlsx
  });

  it("flights by haul and class, with and without RF", () => {
    expect(get("desnz:21_316_3174_11")).toMatchObject({ value: "0.3394", tags: expect.arrayContaining(["with-rf"]) });
    expect(get("desnz:21_316_3175_11")).toMatchObject({
      value: "0.20083",
      tags: expect.arrayContaining(["without-rf"]),
    });
    expect(get("desnz:21_316_3178_11")).toMatchObject({ region: "WORLD" }); // international, to/from non-UK
    expect(get("desnz:22_912_3174_11")).toMatchObject({ value: "0.07137", tags: expect.arrayContaining(["wtt"]) });
  });

  it("fuels and refrigerants", () => {
    expect(get("desnz:1_100_1004_6")).toMatchObject({ value: "0.18296", unit: "kWh_PCS" }); // natural gas, gross CV
    expect(get("desnz:1_100_1004_7")).toMatchObject({ value: "0.2027", unit: "kWh_PCI" });
    expect(get("desnz:3_201_2156_3")).toMatchObject({ value: "1924", unit: "kg" }); // R410A, AR5
  });
});

describe("Ember via CO2.js and ADEME-Arcep", () => {
  it("Ember grid intensities in kgCO2e/kWh per ISO-2 country", () => {
    expect(get("ember:FRA")).toMatchObject({
      value: "0.04418",
      unit: "kWh",
      region: "FR",
      referenceYear: 2024,
      uncertaintyPct: null,
    });
    expect(get("ember:GBR")).toMatchObject({ value: "0.21579", region: "GB" });
    expect(get("ember:WORLD")).toMatchObject({ value: "0.47294", region: "WORLD" });
    expect(get("ember:CYM").region).toBe("KY"); // Cayman Islands, not Cyprus
  });

  it("ADEME-Arcep 2022 device footprints and network factors", () => {
    expect(get("ademe-arcep:laptop")).toMatchObject({ value: "185.09", unit: "unit" });
    expect(stages("ademe-arcep:laptop")).toEqual([
      ["manufacturing", "170"],
      ["other", "12.3"],
      ["end_of_life", "2.79"],
    ]);
    expect(get("ademe-arcep:monitor").value).toBe("69.84");
    expect(get("ademe-arcep:smartphone").value).toBe("79.516"); // 79.52 rounded in methodology.md
    expect(Number(get("ademe-arcep:network-fixed-fr").value).toFixed(5)).toBe("0.00927"); // 9.27 gCO2e/GB
    expect(Number(get("ademe-arcep:network-mobile-fr").value).toFixed(4)).toBe("0.0247"); // 24.7 gCO2e/GB
    expect(get("ademe-arcep:network-mobile-fr").unit).toBe("GB");
  });

  it("ADEME-Arcep 2022 digital work habits, evaluated from publicodes-acv-numerique 2.1.0 (gCO2e in the names)", () => {
    // Video call, 1 participant-hour, SD: the model's defaults are 83.6 g for 2 connected devices (average
    // device mix); one laptop on a fixed network = 33.8064 + 1.37535 + 6.48854 + 0.307374 = 41.977664 g.
    expect(get("ademe-arcep-usage:video-call-laptop")).toMatchObject({ value: "0.041977664", unit: "hour" });
    expect(stages("ademe-arcep-usage:video-call-laptop")).toEqual([
      ["manufacturing", "0.0338064"],
      ["device_use", "0.00137535"],
      ["network", "0.00648854"], // 0.7 GB/h × 9.26935 g/GB (fixed FR)
      ["data_centre", "0.000307374"],
    ]);
    expect(get("ademe-arcep-usage:video-call-desktop").value).toBe("0.051652914");
    expect(get("ademe-arcep-usage:video-call-tablet").value).toBe("0.038626214");
    // Smartphone on a mobile network: 0.7 GB/h × 24.6837 g/GB = 17.2786 g of network.
    expect(stages("ademe-arcep-usage:video-call-smartphone")).toEqual([
      ["manufacturing", "0.0290469"],
      ["device_use", "0.00023355"],
      ["network", "0.0172786"],
      ["data_centre", "0.000307374"],
    ]);
    expect(get("ademe-arcep-usage:video-call-smartphone").value).toBe("0.046866424");
    // E-mail, the model's defaults (1 MB, 1 recipient): 2.922 g, as impactCO2 shows; 0.1 MB: 1.963 g.
    expect(get("ademe-arcep-usage:email-attachment-1mb")).toMatchObject({ value: "0.0029220383", unit: "email" });
    expect(get("ademe-arcep-usage:email-text-100kb").value).toBe("0.00196304493");
    // Cloud storage: 1 GB × 3 copies of 144 kg storage units over 5 years, 3.5524 TB 50 % full = 47.5 g of
    // manufacturing + 5.2 g of electricity (6 W, PUE 1.16, French grid) = 52.7224 g per GB-year.
    expect(get("ademe-arcep-usage:cloud-storage-gb-year")).toMatchObject({ value: "0.0527224", unit: "GB.year" });
    expect(stages("ademe-arcep-usage:cloud-storage-gb-year")).toEqual([["data_centre", "0.0527224"]]);
  });
});
