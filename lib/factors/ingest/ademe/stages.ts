import type { FACTOR_STAGES } from "@/lib/factors/record";

type Stage = (typeof FACTOR_STAGES)[number];

// ADEME "Type poste" labels → our stages. This only labels the published split; which scope each stage
// lands in is decided later, per activity type (methodology.md), never from these labels alone.
const BY_TYPE: Record<string, Stage> = {
  amont: "upstream",
  combustion: "combustion",
  "combustion à la centrale": "combustion",
  "transport et distribution": "td_losses",
  "pertes en ligne": "td_losses",
  fabrication: "manufacturing",
  "emissions fugitives": "fugitive",
  "émissions fugitives": "fugitive",
  fuites: "fugitive",
  "fin de vie": "end_of_life",
};

/** Stage of one `Poste` row, from its type and (more specific) name. */
export function mapAdemeStage(stageType: string | null, stageName: string | null): Stage {
  const type = (stageType ?? "").toLowerCase();
  const name = (stageName ?? "").toLowerCase();
  // Aviation contrails are published as "Emissions fugitives / Trainées de condensation": non-CO2 effects,
  // not leaks.
  if (/train[ée]es? de condensation|effets? non.?co2/.test(name) || /train[ée]es?|non.?co2/.test(type))
    return "non_co2";
  // e.g. e-bike "Amont / Fabrication du véhicule" is vehicle manufacturing.
  if (/fabrication/.test(name)) return "manufacturing";
  if (/fin de vie/.test(name)) return "end_of_life";
  return BY_TYPE[type] ?? "other";
}
