import type { Prisma } from "@/generated/prisma/client";
import { ZCountryShare, ZDeviceMix, ZDigitalModel, type TDigitalModel } from "@/lib/products/digital/schemas";
import { z } from "@/lib/validation";

// ProductDigitalModel columns ↔ the model in people's units: shares stored as fractions, sizes in bytes.

export type TDigitalModelRow = {
  method: TDigitalModel["method"];
  monthlyRequests: Prisma.Decimal;
  bytesUpPerRequest: Prisma.Decimal;
  bytesDownPerRequest: Prisma.Decimal;
  mobileShare: Prisma.Decimal;
  devices: Prisma.JsonValue;
  countries: Prisma.JsonValue;
};

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function rowFromModel(m: TDigitalModel) {
  return {
    method: m.method,
    monthlyRequests: round(m.monthlyRequests, 2),
    bytesUpPerRequest: Math.round(m.mbUpPerRequest * 1e6),
    bytesDownPerRequest: Math.round(m.mbDownPerRequest * 1e6),
    mobileShare: round(m.mobileSharePct / 100, 6),
    devices: m.devices,
    countries: m.countries,
  };
}

/** Parsed with the model's own schema: a row edited by hand into nonsense fails loudly, never computes. */
export function modelFromRow(row: TDigitalModelRow): TDigitalModel {
  return ZDigitalModel.parse({
    method: row.method,
    monthlyRequests: Number(row.monthlyRequests),
    mbUpPerRequest: Number(row.bytesUpPerRequest) / 1e6,
    mbDownPerRequest: Number(row.bytesDownPerRequest) / 1e6,
    mobileSharePct: round(Number(row.mobileShare) * 100, 4),
    devices: ZDeviceMix.parse(row.devices),
    countries: z.array(ZCountryShare).parse(row.countries),
  });
}
