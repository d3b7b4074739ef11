// The FEC screens' inputs, shared by the server actions and the server functions (one schema per operation).
import { ZId, z } from "@/lib/validation";
import { FEC_TREATMENTS, spendChoices } from "@/lib/imports/fec/default-mapping";
import { IMPORT_MAX_BYTES } from "@/lib/imports/limits";

export const FEC_MESSAGES = {
  account: "imports.errors.fecAccount",
  category: "activity.validation.unknownRatioCategory",
  purpose: "activity.validation.unknownPurpose",
} as const;

// CompteNum: digits, and letters for the auxiliary-style numbers some software writes (e.g. "401ACME").
export const ZFecAccountNumber = z
  .string()
  .trim()
  .regex(/^[0-9][0-9A-Za-z]{0,19}$/, { error: FEC_MESSAGES.account });

const isCategory = (id: string) => spendChoices().categories.some((c) => c.id === id);
const isPurpose = (id: string) => spendChoices().purposes.some((p) => p.id === id);

/** One account's treatment, as the mapping screen saves it. */
export const ZFecMappingSave = z
  .object({
    account: ZFecAccountNumber,
    treatment: z.enum(FEC_TREATMENTS),
    ratioCategory: z.string().max(60).nullable().default(null),
    purpose: z.string().max(40).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.treatment !== "mapped") return;
    if (v.ratioCategory === null || !isCategory(v.ratioCategory))
      ctx.addIssue({ code: "custom", path: ["ratioCategory"], message: FEC_MESSAGES.category });
    if (v.purpose === null || !isPurpose(v.purpose))
      ctx.addIssue({ code: "custom", path: ["purpose"], message: FEC_MESSAGES.purpose });
  })
  .transform((v) => (v.treatment === "mapped" ? v : { ...v, ratioCategory: null, purpose: null }));
export type TFecMappingSave = z.output<typeof ZFecMappingSave>;

const ZMoney = z.string().regex(/^-?\d{1,15}\.\d{2,6}$/);

/** The netted accounts the screen holds (from the upload), sent back to preview them with new choices. */
export const ZFecPreviewInput = z.object({
  periodId: ZId,
  accounts: z
    .array(
      z.object({
        account: ZFecAccountNumber,
        label: z.string().max(200),
        kind: z.enum(["expense", "capital"]),
        debit: ZMoney,
        credit: ZMoney,
        net: ZMoney,
        lines: z.number().int().min(0),
        firstLine: z.number().int().min(1),
      }),
    )
    .max(5000),
  lines: z.number().int().min(0),
});
export type TFecPreviewInput = z.output<typeof ZFecPreviewInput>;

/**
 * The largest FEC the mapping screen reads: the imports page's limit, since the same ledger is then
 * uploaded there to be committed (a ledger the screen could not map would import with no mapping).
 */
export const FEC_MAX_BYTES = IMPORT_MAX_BYTES;
