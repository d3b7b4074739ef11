import type { TFactorRelease, TFactorSource } from "@/lib/factors/record";

// Who publishes each source, under which licence, and the exact attribution reports must render.
// emission-factors/README.md repeats these strings (a test keeps the two in step).

type Meta = Pick<TFactorRelease, "publisher" | "title" | "licence" | "attribution">;
type Context = { version: string; publishedOn: string; packageVersion?: string; dataYear?: number };

export function releaseMeta(source: TFactorSource, c: Context): Meta {
  switch (source) {
    case "ademe":
      return {
        publisher: "ADEME",
        title: `Base Empreinte® (Base Carbone®) v${c.version}, curated subset`,
        licence: "Licence Ouverte v2.0 (Etalab)",
        attribution: `Source : ADEME, Base Empreinte® v${c.version} (données mises à jour le ${c.publishedOn}), Licence Ouverte v2.0`,
      };
    case "ademe-waste": // the same official file as `ademe`, its waste-treatment elements
      return {
        publisher: "ADEME",
        title: `Base Empreinte® (Base Carbone®) v${c.version}, waste treatment (Traitement des déchets)`,
        licence: "Licence Ouverte v2.0 (Etalab)",
        attribution: `Source : ADEME, Base Empreinte® v${c.version} (données mises à jour le ${c.publishedOn}), Licence Ouverte v2.0`,
      };
    case "desnz":
      return {
        publisher: "UK Department for Energy Security and Net Zero (DESNZ)",
        title: `UK Government GHG Conversion Factors for Company Reporting ${c.version} (flat file), curated subset`,
        licence: "Open Government Licence v3.0",
        attribution: `Contains public sector information licensed under the Open Government Licence v3.0 (DESNZ, Greenhouse gas reporting: conversion factors ${c.version})`,
      };
    case "ember":
      return {
        publisher: "Ember",
        title: `Ember yearly electricity data, annual average grid carbon intensity (latest year per country, up to ${c.dataYear}), as bundled in CO2.js ${c.packageVersion}`,
        licence: "CC BY-SA 4.0 (Ember data as redistributed by CO2.js)",
        attribution: `Electricity grid carbon intensity: Ember, yearly electricity data (latest year per country, up to ${c.dataYear}), via CO2.js ${c.packageVersion} (The Green Web Foundation), CC BY-SA 4.0`,
      };
    case "ademe-arcep":
      return {
        publisher: "ADEME, Arcep",
        title: `ADEME-Arcep 2022 study of the environmental footprint of digital technology in France (device LCAs by NegaOctet), via @incubateur-ademe/publicodes-acv-numerique ${c.packageVersion}`,
        licence: "MIT (@incubateur-ademe/publicodes-acv-numerique); data published by ADEME",
        attribution: `Source : ADEME-Arcep, évaluation de l'impact environnemental du numérique en France (2022), via @incubateur-ademe/publicodes-acv-numerique ${c.packageVersion}`,
      };
    case "ademe-arcep-usage":
      return {
        publisher: "ADEME, Arcep",
        title: `Digital work habits (video calls, e-mails, cloud storage): ADEME's publicodes-acv-numerique ${c.packageVersion} model (behind impactCO2's digital usages, ADEME-Arcep 2022 data) evaluated under recorded situations`,
        licence: "MIT (@incubateur-ademe/publicodes-acv-numerique); data published by ADEME",
        attribution: `Source : ADEME, impactCO2 / modèle publicodes-acv-numerique ${c.packageVersion} (données ADEME-Arcep 2022), calculé par Albedo pour les situations indiquées`,
      };
  }
}
