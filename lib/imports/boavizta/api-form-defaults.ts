// How the two BoaviztAPI forms open (their components and the tests start from these): a year, every
// configuration field left to the API's defaults. Free of imports, so the browser tests can use them too.

const SERVER_FIELDS = [
  "cpuName",
  "cpuUnits",
  "cpuCores",
  "cpuTdp",
  "ramModules",
  "ramGb",
  "ssdUnits",
  "ssdGb",
  "hddUnits",
  "hddGb",
  "lifetimeYears",
  "usePct",
  "pue",
] as const;

/** A server form as it opens: a year in France, every configuration field left to the API's defaults. */
export const serverFormDefaults = (periodId: string) => ({
  periodId,
  name: "",
  hours: "8760",
  loadPct: "",
  location: "FRA",
  ...(Object.fromEntries(SERVER_FIELDS.map((k) => [k, ""])) as Record<(typeof SERVER_FIELDS)[number], string>),
});

/** A cloud form as it opens: a year, the first provider, the API's default location. */
export const cloudFormDefaults = (periodId: string, provider: string) => ({
  periodId,
  name: "",
  hours: "8760",
  loadPct: "",
  location: "",
  provider,
  instanceType: "",
  region: "",
});
