// What previewActivityRows (preview-rows.ts) says about one row: plain data, so client screens can type it.
import type { TFieldError } from "@/lib/activity/errors";

export type TRowPreviewLine = { scope: number; ghgCategory: number | null; begesPoste: string; kgCO2e: string };
export type TRowPreview =
  | { ok: true; kgCO2e: string; lines: TRowPreviewLine[]; factorId: string | null; rule: string | null }
  | { ok: false; errors: TFieldError[] };
