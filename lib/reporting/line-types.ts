import { z } from "zod";
import { ZId } from "@/lib/validation";

// The emission-line rows the lines list and the line page show (lib/reporting/lines.ts, line-detail.ts),
// apart from the queries so that components may name them.

export const ZLinesCursor = z.object({ kg: z.string().regex(/^-?\d{1,14}(\.\d{1,6})?$/), id: ZId }).strict();
export type TLinesCursor = z.infer<typeof ZLinesCursor>;

export type TLineFactor = {
  id: string;
  kind: "library" | "custom" | "other"; // other: an id the library does not hold (e.g. gwp:AR5:R-410A)
  recordId: string | null; // the factor page's id: the library id, or the custom factor's row id
  nameFr: string | null;
  nameEn: string | null;
  source: string; // the id's source, e.g. "ademe"
  version: string | null;
  value: string; // kgCO2e per factor unit, as the line used it
  unit: string;
  uncertaintyPct: string | null; // null = unknown
};

export type TLineRow = {
  id: string;
  kgCO2e: string; // by the scope-2 method asked for
  scope: number;
  ghgCategory: number | null;
  begesPoste: string;
  quantity: string; // in the factor's unit
  resolutionRule: string;
  factor: TLineFactor;
  activity: {
    id: string;
    label: string | null;
    activityTypeId: string;
    status: string;
    createdById: string | null;
    periodOpen: boolean;
  };
  enteredBy: string | null;
  validatedBy: string | null; // who validated it, when it is validated
};

export type TLineDetail = TLineRow & {
  locationKgCO2e: string;
  marketKgCO2e: string | null;
  periodId: string;
  stage: string | null;
  stageShare: string;
  gwpSet: string;
  activityQuantity: string;
  activityUnit: string;
  siteName: string | null;
  productName: string | null;
  library: {
    title: string;
    publisher: string;
    licence: string;
    attribution: string;
    publishedOn: string; // ISO date
    region: string;
    referenceYear: number | null;
  } | null;
  custom: { source: string; justification: string } | null;
};
