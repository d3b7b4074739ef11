// The shipped prefix table (default-mapping.json): PCG account prefix → ADEME ratio category + purpose, or
// excluded (covered by physical data) or out of scope. Checked at load against the spend form's own choices
// (lib/activity/form-options.ts), so every category and purpose here is one the spend activity type takes.
import { formOptionsFor } from "@/lib/activity/form-options";
import { z } from "@/lib/validation";
import table from "@/lib/imports/fec/default-mapping.json";

export const FEC_TREATMENTS = ["mapped", "excluded", "outOfScope"] as const;
export type TFecTreatment = (typeof FEC_TREATMENTS)[number];

const ZEntry = z.object({
  prefix: z.string().regex(/^[0-9]{1,8}$/),
  treatment: z.enum(FEC_TREATMENTS),
  ratioCategory: z.string().nullable(),
  purpose: z.string().nullable(),
  labelFr: z.string().min(1),
  labelEn: z.string().min(1),
  coveredBy: z.array(z.string().min(1)).optional(),
});
export type TFecDefaultEntry = z.infer<typeof ZEntry>;

/** The spend choices the mapping screen offers: ADEME's 56 ratio categories and the purposes. */
export function spendChoices() {
  const { spendCategories, purposes } = formOptionsFor("purchases");
  return { categories: spendCategories, purposes };
}

let loaded: ReadonlyMap<string, TFecDefaultEntry> | null = null;

export function defaultTable(): ReadonlyMap<string, TFecDefaultEntry> {
  if (loaded) return loaded;
  const { categories, purposes } = spendChoices();
  const categoryIds = new Set(categories.map((c) => c.id));
  const purposeIds = new Set(purposes.map((p) => p.id));
  const entries = z.object({ prefixes: z.array(ZEntry) }).parse(table).prefixes;
  const map = new Map<string, TFecDefaultEntry>();
  for (const e of entries) {
    if (map.has(e.prefix)) throw new Error(`default-mapping.json: prefix ${e.prefix} twice`);
    const mapped = e.treatment === "mapped";
    if (mapped && !(e.ratioCategory && categoryIds.has(e.ratioCategory) && e.purpose && purposeIds.has(e.purpose)))
      throw new Error(`default-mapping.json: ${e.prefix} needs a known ratio category and purpose`);
    if (!mapped && (e.ratioCategory !== null || e.purpose !== null))
      throw new Error(`default-mapping.json: ${e.prefix} is ${e.treatment}, it takes no category`);
    map.set(e.prefix, e);
  }
  for (const root of ["2", "6"])
    if (!map.has(root)) throw new Error(`default-mapping.json: no entry for class ${root}`);
  loaded = map;
  return map;
}

/** The longest prefix of the table that starts `account` (class 2 and 6 always have one). */
export function defaultEntryFor(account: string): TFecDefaultEntry | null {
  const map = defaultTable();
  for (let n = Math.min(account.length, 8); n > 0; n--) {
    const entry = map.get(account.slice(0, n));
    if (entry) return entry;
  }
  return null;
}
