import { describe, expect, it } from "vitest";
import { ademeGwpTable } from "./build";
import { ADEME_COLUMNS } from "./columns";
import { ademeRowParser } from "./rows";
import { mapAdemeRegion } from "./regions";
import { mapAdemeStage } from "./stages";
import { mapAdemeUnit } from "./units";

describe("ADEME label mappings", () => {
  it("maps stage labels, turning plane contrails into non-CO2 effects", () => {
    expect(mapAdemeStage("Emissions fugitives", "Trainées de condensation")).toBe("non_co2");
    expect(mapAdemeStage("Emissions fugitives", "trainée de condensation")).toBe("non_co2");
    expect(mapAdemeStage("Emissions fugitives", "Perte SF6 des transformateurs")).toBe("fugitive");
    expect(mapAdemeStage("Fuites", null)).toBe("fugitive");
    expect(mapAdemeStage("Amont", "Fabrication du véhicule")).toBe("manufacturing");
    expect(mapAdemeStage("Transport et distribution", "Pertes")).toBe("td_losses");
    expect(mapAdemeStage("Combustion à la centrale", null)).toBe("combustion");
    expect(mapAdemeStage("Intrants", "Matières premières")).toBe("other");
  });

  it("maps units, knowing which have no canonical equivalent", () => {
    expect(mapAdemeUnit("kgCO2e/kWh PCS")).toBe("kWh_PCS");
    expect(mapAdemeUnit("kgCO2e/keuro (2023) HT")).toBe("kEUR");
    expect(mapAdemeUnit("kgCO2e/passager.km")).toBe("p.km");
    expect(mapAdemeUnit("kgCO2e/GJ PCI")).toBeNull();
    expect(mapAdemeUnit("kgCO2e/parsec")).toBeUndefined();
  });

  it("maps locations to region codes only when one code fits", () => {
    expect(mapAdemeRegion("France continentale", "Ile-de-France, PARIS")).toBe("FR");
    expect(mapAdemeRegion("Europe", "UE à 27")).toBe("EU");
    expect(mapAdemeRegion("Monde", null)).toBe("WORLD");
    expect(mapAdemeRegion("Monde", "Moyenne Afrique")).toBeNull();
    expect(mapAdemeRegion("Autre pays du monde", "Royaume-Uni")).toBe("GB");
    expect(mapAdemeRegion("Outre-mer", "La Réunion")).toBe("RE");
    expect(mapAdemeRegion("Outre-mer", "Guadeloupe, Martinique, Guyane")).toBeNull();
  });

  it("reads the GWP table from the category", () => {
    expect(ademeGwpTable("PRG > PRG à 100 ans du 5ème rapport du GIEC > Principaux gaz à effet de serre fluorés")).toBe(
      "AR5",
    );
    expect(
      ademeGwpTable("Process et émissions fugitives > PRG à 100 ans issus du 6eme rapport du GIEC > Autres Gaz divers"),
    ).toBe("AR6");
    expect(ademeGwpTable("Electricité > Mix réseau électrique")).toBeNull();
  });
});

describe("ADEME row cleaning", () => {
  const names = Object.values(ADEME_COLUMNS);
  const parse = ademeRowParser("x.csv", { row: 1, cells: names });
  const row = (values: Partial<Record<string, string>>) =>
    parse({ row: 2, cells: names.map((n) => values[n] ?? null) });
  const base = {
    "Type Ligne": "Elément",
    "Identifiant de l'élément": "36330",
    "Statut de l'élément": "Valide générique",
    "Total poste non décomposé": "0,2",
  };

  it("unquotes cells left CSV-quoted by the export, keeps other quotes as published", () => {
    expect(row({ ...base, "Nom attribut français": '"16, Soyaux, Réseau ""Champ de manœuvre"""' }).attributeFr).toBe(
      '16, Soyaux, Réseau "Champ de manœuvre"',
    );
    expect(row({ ...base, Source: '"ADEME. Mars 2018. ""Modélisation et évaluation ACV de p' }).source).toBe(
      '"ADEME. Mars 2018. ""Modélisation et évaluation ACV de p',
    );
    expect(row(base).total).toBe("0.2");
  });
});
