// The mapping screen's data (lib/imports/fec/preview.ts builds it): plain values, typed for client components.
import type { TRowPreview } from "@/lib/activity/preview-row-types";
import type { TImportRowError } from "@/lib/imports/types";
import type { TFecAccountChoice } from "@/lib/imports/fec/to-import";

export type TFecPreviewRow = {
  row: number;
  account: string;
  label: string;
  quantity: string;
  ratioCategory: string;
  purpose: string;
  preview: TRowPreview;
};

export type TFecPreview = {
  periodId: string;
  spendYear: number;
  lines: number;
  accounts: TFecAccountChoice[];
  rows: TFecPreviewRow[];
  errors: TImportRowError[];
  totals: Record<string, string>;
  kgCO2e: string;
  kgByGhgCategory: Array<{ ghgCategory: number | null; kgCO2e: string }>;
};
