import Engine from "publicodes";
import { describe, expect, it } from "vitest";
import { IngestError } from "../ingest-error";
import { ARCEP_USAGE_CURATION, arcepUsageInput, evaluateParts, ingestArcepUsage } from "./ingest";

// The model evaluated under the recorded situations: parts add up to the model's total, a baseline
// isolates one term, and a situation that leaves a part out is refused instead of shipping a smaller total.

const input = arcepUsageInput();
const quiet = { logger: { log() {}, warn() {}, error() {} } };
const engine = () => new Engine(input.model as ConstructorParameters<typeof Engine>[0], quiet);
const factor = (id: string) => ARCEP_USAGE_CURATION.factors.find((f) => f.sourceId === id)!;

describe("digital work habits from publicodes-acv-numerique", () => {
  it("the model's default video call is 83.6 gCO2e (2 devices, average mix): the engine reads the model as impactCO2 does", () => {
    const e = engine();
    e.setSituation({});
    expect(e.evaluate("visio").nodeValue).toBeCloseTo(83.648, 3);
  });

  it("laptop video-call hour: 4 parts add up to the model's 41.9777 gCO2e", () => {
    const parts = evaluateParts(engine(), input, factor("video-call-laptop"));
    expect(parts.map((p) => p.stage)).toEqual(["manufacturing", "device_use", "network", "data_centre"]);
    expect(parts.reduce((s, p) => s + p.grams, 0)).toBeCloseTo(41.977659, 5);
    expect(parts[2]!.grams).toBeCloseTo(0.7 * 9.26934695867389, 9); // 0.7 GB/h SD × fixed FR network
  });

  it("cloud storage: 1 GB stored 1 year minus 0 years leaves the storage term, 47.50310 + 5.21927 gCO2e", () => {
    const [dc] = evaluateParts(engine(), input, factor("cloud-storage-gb-year"));
    // 144,000 g / 5 years / (3.5524 × 1024 GB × 50 %) × 3 copies = 47.5031 g of storage manufacturing
    const manufacturing = (144000 / 5 / (3.5524 * 1024 * 0.5)) * 3;
    expect(manufacturing).toBeCloseTo(47.5031, 4);
    expect(dc!.grams).toBeCloseTo(52.7224, 4);
  });

  it("refuses a situation whose parts do not add up to the model's total", () => {
    const f = factor("video-call-laptop");
    const partial = { ...f, parts: { ...f.parts, data_centre: ["visio . data center . usage"] } };
    expect(() => evaluateParts(engine(), input, partial)).toThrow(IngestError);
  });

  it("is deterministic: two runs give identical records", () => {
    expect(ingestArcepUsage("v", input)).toEqual(ingestArcepUsage("v", input));
  });
});
