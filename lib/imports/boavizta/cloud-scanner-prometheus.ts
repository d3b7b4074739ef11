import { BoaviztaParseError } from "./errors";
import { emptyResource, type TBoaviztaImport, type TBoaviztaResource } from "./model";
import { exactText } from "./numbers";
import { readSamples, type TSample } from "./prometheus-text";

// cloud-scanner's /metrics text (boavizta-formats.md §2.2). Only the per-resource series are read: the
// summary series (boavizta_gwp_…) hold the same figures summed, so reading both would count twice. Each
// value is a gauge for one scrape's duration (default 1 h): a file with two samples of a series holds two
// scrapes, and summing them would overcount, so it is refused (import one scrape, or the JSON estimate).

const IMPACT = /^boavizta_resource_(gwp|adp|pe)_(embodied|embedded|use)_(kgco2eq|kgsbeq|megajoules)$/;
const UNITS: Record<string, string> = { kgco2eq: "kgCO2eq", kgsbeq: "kgSbeq", megajoules: "MJ" };
const SUMMARY = /^boavizta_(number_of_(resources|instances)_|duration_of_use_hours$|(gwp|adp|pe)_(manufacture|use)_)/;

export const looksLikeCloudScannerMetrics = (text: string): boolean => /^boavizta_[a-z0-9_]+[{ ]/m.test(text);

export function readCloudScannerMetrics(text: string): TBoaviztaImport {
  const samples = readSamples(text).filter((s) => s.name.startsWith("boavizta_"));
  const perResource = samples.filter((s): s is TResourceSample => s.labels.resource_id !== undefined);
  if (perResource.length === 0) {
    throw new BoaviztaParseError(
      samples.some((s) => SUMMARY.test(s.name)) ? "boaviztaSummaryOnly" : "boaviztaUnknownShape",
      { where: "metrics" },
    );
  }
  refuseSeveralScrapes(perResource);
  const resources = new Map<string, TBoaviztaResource>();
  let embeddedSpelling = "embodied";
  for (const s of perResource) {
    const r = resourceFor(resources, s);
    const m = IMPACT.exec(s.name);
    const value = () => exactText(s.value, `line ${s.line}`);
    if (m?.[1] && m[2] && m[3]) {
      if (m[2] === "embedded") embeddedSpelling = "embedded";
      r.impacts.push({
        criterion: m[1],
        phase: m[2] === "use" ? "use" : "embedded",
        status: "value",
        value: value(),
        min: null,
        max: null,
        unit: UNITS[m[3]] ?? m[3],
        significantFigures: null,
        warnings: [],
      });
    } else if (s.name === "boavizta_resource_duration_of_use_hours") r.durationHours = value();
    else if (s.name === "boavizta_resource_cpu_load") r.extra.cpuLoad = value();
    else if (s.name === "boavizta_storage_size_gb") r.extra.storageSizeGb = value();
  }
  for (const r of resources.values()) {
    if (r.impacts.length === 0) Object.assign(r, { assessed: false, allocation: "unknown" }).notes.push("notAssessed");
    if (r.durationHours === null) r.notes.push("durationUnknown");
  }
  const labels: Record<string, string> = perResource[0]?.labels ?? {};
  return {
    tool: "cloud-scanner",
    format: "cloud-scanner-prometheus",
    formatVersion: labels.cloud_scanner_version ? "3.2+" : embeddedSpelling === "embedded" ? "2.0-docs" : "2.0-3.1",
    toolVersion: labels.cloud_scanner_version ?? null,
    apiVersion: labels.boaviztapi_version ?? null,
    verbose: false,
    resources: [...resources.values()],
    warnings: [],
  };
}

type TResourceSample = TSample & { labels: { resource_id: string } };

function refuseSeveralScrapes(samples: TResourceSample[]) {
  const seen = new Set<string>();
  for (const s of samples) {
    const key = `${s.name}\u0000${s.labels.awsregion ?? ""}\u0000${s.labels.resource_id}`;
    if (seen.has(key))
      throw new BoaviztaParseError(
        "boaviztaSeveralScrapes",
        { metric: s.name, resource: s.labels.resource_id, line: s.line },
        s.line,
      );
    seen.add(key);
  }
}

function resourceFor(resources: Map<string, TBoaviztaResource>, s: TResourceSample): TBoaviztaResource {
  const key = `${s.labels.awsregion ?? ""}\u0000${s.labels.resource_id}`;
  const existing = resources.get(key);
  if (existing) return existing;
  const kind =
    s.labels.resource_type === "BlockStorage"
      ? "block_storage"
      : s.labels.resource_type === "ObjectStorage"
        ? "object_storage"
        : "cloud_instance";
  const r = emptyResource(s.labels.resource_id, kind);
  r.provider = "AWS";
  r.region = s.labels.awsregion ?? null;
  r.location = s.labels.country ?? null;
  r.state = s.labels.resource_state?.toLowerCase() ?? null;
  r.tags = readTags(s.labels.resource_tags ?? "");
  r.allocation = "allocated"; // cloud-scanner ≥ 2.0 passes the scrape's duration: embedded is already its share
  resources.set(key, r);
  return r;
}

/** "k:v;k2:v2;" (released versions) or the Rust Debug list of the docs example. */
function readTags(text: string): Record<string, string> {
  const debug = [...text.matchAll(/key: "([^"]*)", value: (?:Some\("([^"]*)"\)|None)/g)];
  if (debug.length > 0) return Object.fromEntries(debug.map((m) => [m[1], m[2] ?? ""]));
  return Object.fromEntries(
    text
      .split(";")
      .filter((p) => p.includes(":"))
      .map((p) => [p.slice(0, p.indexOf(":")), p.slice(p.indexOf(":") + 1)] as const),
  );
}
