import { partOfActivityType } from "@/lib/products/digital/model";

// The parts of a product's footprint shown on its page: servers and hosting tagged with the product (from
// the inventory: hosting lines, Boavizta imports), the network and end-user devices of its use model, and
// every other line tagged with it. Grouping of stored totals by activity type, never a recomputation.
// "allocated" is the share of the organisation's shared posts its allocation keys give the product
// (lib/allocation): no line carries it, so footprintPartOf never returns it.

export const FOOTPRINT_PARTS = ["servers", "network", "devices", "other", "allocated"] as const;
export type TFootprintPart = (typeof FOOTPRINT_PARTS)[number];

const SERVER_PREFIXES = ["digital.hosting.", "equipment.server"];

export function footprintPartOf(activityTypeId: string): TFootprintPart {
  const modelPart = partOfActivityType(activityTypeId);
  if (modelPart !== null) return modelPart;
  if (SERVER_PREFIXES.some((p) => activityTypeId.startsWith(p))) return "servers";
  return "other";
}
