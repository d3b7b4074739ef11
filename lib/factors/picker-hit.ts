// A factor offered by the activity form's picker (lib/factors/db/picker.ts): plain data, usable by components.
export type TPickerHit = {
  id: string; // versioned, e.g. ademe:36885@23.6
  ref: string; // source:sourceId, what the activity stores (libraryFactorId)
  nameFr: string;
  nameEn: string | null;
  value: string; // kgCO2e per unit, decimal text
  unit: string;
  unitLabel: string;
  uncertaintyPct: string | null; // null = not published
  source: string;
  regionLabel: string | null;
  status: string;
};
