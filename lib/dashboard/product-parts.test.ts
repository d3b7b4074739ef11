import { describe, expect, it } from "vitest";
import { footprintPartOf } from "@/lib/dashboard/product-parts";

describe("a product's footprint parts", () => {
  it("puts the use model's types in network or devices, hosting and servers in servers, the rest in other", () => {
    expect(footprintPartOf("digital.product_use.network_mobile")).toBe("network");
    expect(footprintPartOf("digital.product_use.swd_network_embodied")).toBe("network");
    expect(footprintPartOf("digital.product_use.device_electricity")).toBe("devices");
    expect(footprintPartOf("digital.product_use.swd_device_energy")).toBe("devices");
    expect(footprintPartOf("digital.hosting.cloud_assessed")).toBe("servers");
    expect(footprintPartOf("equipment.server_assessed")).toBe("servers");
    // The company's own data transfer (purchased telecom services) is not the users' network.
    expect(footprintPartOf("digital.data_transfer.fixed")).toBe("other");
    expect(footprintPartOf("spend.it_services")).toBe("other");
  });
});
