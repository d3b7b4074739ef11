import { z } from "zod";
import type { TBoaviztaResource } from "./model";

// The accounting questions of a Boavizta import (issue 18, boavizta-formats.md §7), each with its default.
// The answers are recorded on the import (its totals) and in every activity's description.

export const ZBoaviztaChoices = z.strictObject({
  // cloud: bought as a service, both phases scope 3 cat. 1 / 4.5. owned: embedded cat. 2 / 4.2 (the
  // organisation's capital-goods method: whole in the acquisition year, or amortised), use scope 2
  // location-based. auto: cloud instances and storage as cloud, servers, components and boagent as owned.
  usage: z.enum(["auto", "cloud", "owned"]).default("auto"),
  // Optional PUE uplift on the use phase only (BoaviztAPI and cloud-scanner apply none); disclosed on the lines.
  pue: z.number().min(1).max(5).nullable().default(null),
  // Owned hardware's manufacturing: as the period's capital-goods method says (whole in the acquisition
  // year, or amortised over the lifetime), or booked whole in this period whatever the method.
  embedded: z.enum(["method", "whole"]).default("method"),
  // Owned hardware whose lifetime the file does not give, amortised: BoaviztAPI's server default, 4 years.
  lifetimeYears: z.number().positive().max(50).default(4),
  // For a response without a duration: the hours its use figures cover (recorded; the figures are not rescaled).
  coveredHours: z.number().positive().max(876_000).nullable().default(null),
});
export type TBoaviztaChoices = z.output<typeof ZBoaviztaChoices>;
export type TBoaviztaChoicesInput = z.input<typeof ZBoaviztaChoices>;

const CLOUD_KINDS: ReadonlySet<TBoaviztaResource["kind"]> = new Set([
  "cloud_instance",
  "block_storage",
  "object_storage",
]);

export function usageOf(resource: TBoaviztaResource, choices: TBoaviztaChoices): "cloud" | "owned" {
  if (choices.usage !== "auto") return choices.usage;
  return CLOUD_KINDS.has(resource.kind) ? "cloud" : "owned";
}
