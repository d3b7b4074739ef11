// The Base Carbone / Base Empreinte export columns this ingestion reads. The official export has 66
// columns; only these are required, by exact name (position is taken from the header row). A renamed
// or missing one rejects the file, so a format change can never silently shift values.
export const ADEME_COLUMNS = {
  lineType: "Type Ligne",
  id: "Identifiant de l'élément",
  elementType: "Type de l'élément",
  status: "Statut de l'élément",
  nameFr: "Nom base français",
  nameEn: "Nom base anglais",
  attributeFr: "Nom attribut français",
  attributeEn: "Nom attribut anglais",
  boundaryFr: "Nom frontière français",
  boundaryEn: "Nom frontière anglais",
  category: "Code de la catégorie",
  unit: "Unité français",
  contributor: "Contributeur",
  source: "Source",
  location: "Localisation géographique",
  subLocation: "Sous-localisation géographique français",
  validity: "Période de validité",
  uncertainty: "Incertitude",
  stageType: "Type poste",
  stageNameFr: "Nom poste français",
  stageNameEn: "Nom poste anglais",
  total: "Total poste non décomposé",
  co2f: "CO2f",
  ch4f: "CH4f",
  ch4b: "CH4b",
  n2o: "N2O",
  otherGhg: "Autres GES",
  co2b: "CO2b",
} as const;

export type AdemeColumnKey = keyof typeof ADEME_COLUMNS;

/** Columns whose every non-empty cell must be a number (a text there rejects the file). */
export const ADEME_NUMERIC_COLUMNS = [
  "id",
  "uncertainty",
  "total",
  "co2f",
  "ch4f",
  "ch4b",
  "n2o",
  "otherGhg",
  "co2b",
] as const satisfies readonly AdemeColumnKey[];

export const ADEME_GAS_COLUMNS = [
  "co2f",
  "ch4f",
  "ch4b",
  "n2o",
  "otherGhg",
  "co2b",
] as const satisfies readonly AdemeColumnKey[];
