// Criterion names and units as the tools spell them, normalised: boagent prints "kg CO2eq", the PEF criteria
// "kg CO2 eq.", and BoaviztAPI's dictionary keys CTUh_c while its names are lower case.

/** BoaviztAPI's criteria (boavizta-formats.md §1.2): the three defaults and the optional PEF set. */
export const BOAVIZTA_CRITERIA: Record<string, string> = {
  gwp: "kgCO2eq",
  adp: "kgSbeq",
  pe: "MJ",
  gwppb: "kgCO2eq",
  gwppf: "kgCO2eq",
  gwpplu: "kgCO2eq",
  ir: "kBq U235eq",
  lu: "dimensionless",
  odp: "kgCFC-11eq",
  pm: "disease occurrence",
  pocp: "kgNMVOCeq",
  wu: "m3eq",
  mips: "kg",
  adpe: "kgSbeq",
  adpf: "MJ",
  ap: "molH+eq",
  ctue: "CTUe",
  ctuh_c: "CTUh",
  ctuh_nc: "CTUh",
  epf: "kgPeq",
  epm: "kgNeq",
  ept: "molNeq",
  fw: "m3",
  fe: "MJ",
};

export const criterionKey = (key: string): string => key.toLowerCase();
export const isCriterion = (key: string): boolean => criterionKey(key) in BOAVIZTA_CRITERIA;

/** "kg CO2 eq." / "kg CO2eq" → "kgCO2eq"; unknown spellings are kept without spaces and trailing dots. */
export function normaliseUnit(unit: string): string {
  return unit
    .replace(/\s+/g, "")
    .replace(/\.$/, "")
    .replace(/eq\.?$/i, "eq")
    .replace(/^kgco2eq$/i, "kgCO2eq")
    .replace(/^kgsbeq$/i, "kgSbeq");
}
