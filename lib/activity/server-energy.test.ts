import { describe, expect, it } from "vitest";
import { periodHours, serverEnergyKWh } from "@/lib/activity/server-energy";

describe("serverEnergyKWh", () => {
  it("4 servers × 350 W × 8760 h = 12,264,000 Wh = 12264 kWh", () => {
    expect(serverEnergyKWh({ count: 4, watts: 350, hours: 8760 })).toBe("12264");
  });
  it("1 server × 0.1 W × 0.3 h = 0.03 Wh = 0.00003 kWh, exact (no 0.1 × 0.3 float error)", () => {
    expect(serverEnergyKWh({ count: 1, watts: 0.1, hours: 0.3 })).toBe("0.00003");
  });
  it("12 servers × 212.5 W × 8784 h (leap year) = 22399.2 kWh", () => {
    expect(serverEnergyKWh({ count: 12, watts: 212.5, hours: 8784 })).toBe("22399.2");
  });
  it("rounds to the milliwatt-hour's thousandth: 3 × 1.1111111 W × 1 h = 0.0033333333 kWh → 0.003333", () => {
    expect(serverEnergyKWh({ count: 3, watts: 1.1111111, hours: 1 })).toBe("0.003333");
  });
});

describe("periodHours", () => {
  it("a common year is 365 × 24 = 8760 h, a leap year 366 × 24 = 8784 h", () => {
    expect(periodHours("2025-01-01", "2025-12-31")).toBe(8760);
    expect(periodHours("2024-01-01", "2024-12-31")).toBe(8784);
  });
  it("a quarter across the spring clock change counts whole days: 90 × 24 = 2160 h", () => {
    expect(periodHours("2025-01-01", "2025-03-31")).toBe(2160);
  });
});
