import { describe, expect, it } from "vitest";
import { allocatePeriod } from "@/lib/allocation/compute";

// A period with two products: office electricity (scope 2) and purchases (3.1) partly tagged.
const groups = [
  { post: "scope2", productId: null, kg: "1000" },
  { post: "3.1", productId: null, kg: "600.000001" },
  { post: "3.1", productId: "a", kg: "400" },
  { post: "3.6", productId: null, kg: "250" },
  { post: "3.11", productId: "b", kg: "5000" },
];

describe("allocatePeriod", () => {
  const result = allocatePeriod({
    productIds: ["a", "b"],
    groups,
    hostingKg: {},
    keys: [
      {
        post: "scope2",
        kind: "HEADCOUNT",
        inputs: [
          { productId: "a", value: "3" },
          { productId: "b", value: "9" },
        ],
      },
      {
        post: "3.1",
        kind: "CUSTOM",
        inputs: [
          { productId: "a", value: "33.33" },
          { productId: "b", value: "66.67" },
        ],
      },
    ],
  });

  it("allocates only the untagged part of a post, and counts tagged lines directly", () => {
    const purchases = result.posts.find((p) => p.post === "3.1")!;
    expect(purchases).toMatchObject({ kg: "1000.000001", untaggedKg: "600.000001", directKg: { a: "400.000000" } });
    // 600.000001 kg × 33.33 % = 199.98 kg + 0.00000033 → 199.980000; × 66.67 % → 400.020001 (the remainder)
    expect(purchases.shares.map((s) => s.kg)).toEqual(["199.980000", "400.020001"]);
    expect(purchases.unallocatedKg).toBe("0.000000");
  });

  it("leaves a post without a key unallocated, shown as such", () => {
    const travel = result.posts.find((p) => p.post === "3.6")!;
    expect(travel).toMatchObject({ key: null, allocatedKg: "0.000000", unallocatedKg: "250.000000" });
    expect(result.unallocatedKg).toBe("250.000000");
  });

  it("adds products and the unallocated rest up to the organisation's total exactly", () => {
    const [a, b] = result.products;
    expect(a).toMatchObject({ directKg: "400.000000", allocatedKg: "449.980000", totalKg: "849.980000" });
    expect(b).toMatchObject({ directKg: "5000.000000", allocatedKg: "1150.020001", totalKg: "6150.020001" });
    expect(result.organizationKg).toBe("7250.000001");
    // 849.980000 + 6150.020001 + 250 = 7250.000001
    expect(a!.posts.map((p) => [p.post, p.kind, p.share, p.kg])).toEqual([
      ["scope2", "HEADCOUNT", "0.250000", "250.000000"],
      ["3.1", "CUSTOM", "0.333300", "199.980000"],
    ]);
  });

  it("weighs a hosting key by the products' Boavizta kg, leaving the post unallocated when there are none", () => {
    const hosting = (hostingKg: Record<string, string>) =>
      allocatePeriod({
        productIds: ["a", "b"],
        groups,
        hostingKg,
        keys: [{ post: "3.6", kind: "HOSTING", inputs: [] }],
      });
    const weighted = hosting({ a: "10", b: "30" }).posts.find((p) => p.post === "3.6")!;
    expect(weighted.shares.map((s) => s.kg)).toEqual(["62.500000", "187.500000"]);
    const none = hosting({}).posts.find((p) => p.post === "3.6")!;
    expect(none).toMatchObject({ allocatedKg: "0.000000", unallocatedKg: "250.000000" });
  });
});
