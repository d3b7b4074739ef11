// For tests: a cloud-scanner ≥ 3.2 estimate JSON (the shape of its inventory export) built from a few
// resources with chosen figures; `impacts: null` is an unknown instance type (not assessed).

export type TTestResource = {
  id: string;
  type: string;
  region: string;
  tags: Record<string, string>;
  impacts: { gwp: [number, number]; adp: [number, number]; pe: [number, number] } | null; // [embedded, use]
};

export function cloudScannerInventory(resources: readonly TTestResource[]): Buffer {
  const impacting = resources.map((r) => ({
    cloud_resource: {
      provider: "AWS",
      id: r.id,
      location: { aws_region: r.region, iso_country_code: "FRA" },
      resource_details: { instance: { instance_type: r.type, usage: { average_cpu_load: 50, state: "running" } } },
      tags: Object.entries(r.tags).map(([key, value]) => ({ key, value })),
    },
    impacts_values: r.impacts && {
      gwp_manufacture_kgco2eq: r.impacts.gwp[0],
      gwp_use_kgco2eq: r.impacts.gwp[1],
      adp_manufacture_kgsbeq: r.impacts.adp[0],
      adp_use_kgsbeq: r.impacts.adp[1],
      pe_manufacture_megajoules: r.impacts.pe[0],
      pe_use_megajoules: r.impacts.pe[1],
      raw_data: null,
    },
    impacts_duration_hours: 730,
  }));
  const metadata = {
    estimation_date: "2025-06-30T00:00:00Z",
    description: "Estimation using Boavizta API",
    cloud_scanner_version: "3.3.0",
    boavizta_api_version: "v1.3.8",
  };
  return Buffer.from(JSON.stringify({ metadata, impacting_resources: impacting }));
}
