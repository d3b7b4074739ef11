import { Prisma } from "@/generated/prisma/client";
import { isCalcError } from "@/lib/calc";
import { storedQuantity } from "@/lib/activity/engine-input";
import { calcFieldError, type TFieldError } from "@/lib/activity/errors";
import type { TActivityUpdate } from "@/lib/activity/schemas";
import { dateOfIso } from "@/lib/periods/dates";

// Validated input → the ActivityData columns the user controls (a flight given as airports becomes
// passenger-km here, once, so recalculations read the stored quantity).

export type TActivityColumns = ReturnType<typeof buildColumns>;

function buildColumns(input: TActivityUpdate, stored: ReturnType<typeof storedQuantity>) {
  return {
    periodId: input.periodId,
    siteId: input.siteId,
    productId: input.productId,
    activityTypeId: input.activityTypeId,
    quantity: stored.quantity,
    unit: stored.unit,
    region: input.region,
    activityDate: input.activityDate === null ? null : dateOfIso(input.activityDate),
    activityYear: input.activityYear,
    options: stored.options as Prisma.InputJsonObject,
    uncertaintyPct: input.uncertaintyPct,
    customFactorId: input.customFactorId,
    libraryFactorId: input.libraryFactorId,
    dataQuality: input.dataQuality,
    marketInstrument: input.marketInstrument === null ? null : (input.marketInstrument as Prisma.InputJsonObject),
    label: input.label,
    description: input.description,
    evidenceNote: input.evidenceNote,
  };
}

export function activityColumns(
  input: TActivityUpdate,
): { ok: true; columns: TActivityColumns } | { ok: false; error: TFieldError } {
  try {
    return { ok: true, columns: buildColumns(input, storedQuantity(input)) };
  } catch (error) {
    if (isCalcError(error)) return { ok: false, error: calcFieldError(error) };
    throw error;
  }
}

/** JSON with sorted keys: jsonb does not keep key order, so stored and new options compare by content. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** The columns as Prisma writes them: SQL NULL (DbNull) for no instrument, JSON null being a value. */
export function prismaColumns(columns: TActivityColumns) {
  return { ...columns, marketInstrument: columns.marketInstrument ?? Prisma.DbNull };
}
