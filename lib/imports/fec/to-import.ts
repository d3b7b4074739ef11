// From netted accounts to the import contract (lib/imports/types.ts): each account gets its treatment
// (the organisation's remembered choice, else the shipped prefix table); mapped accounts become one
// spend row each (€ excl. VAT of the spend year, ratio category + purpose); excluded and out-of-scope
// accounts are not rows but figures in `totals`, with the shares of the spend they represent.
import type { TActivityDataOptions } from "@/lib/activity/schemas";
import { Decimal } from "@/lib/numbers/decimal";
import type { TParsedImport, TImportRowError } from "@/lib/imports/types";
import type { TFecAccount, TFecNetting } from "@/lib/imports/fec/accounts";
import { defaultEntryFor, type TFecTreatment } from "@/lib/imports/fec/default-mapping";

export const FEC_SPEND_TYPE = "spend.ratio";
export const FEC_SPEND_UNIT = "EUR";

export type TFecRemembered = {
  account: string;
  treatment: TFecTreatment;
  ratioCategory: string | null;
  purpose: string | null;
};

export type TFecImportContext = {
  periodId: string;
  spendYear: number; // the ratio year: the fiscal year's
  remembered: readonly TFecRemembered[]; // the organisation's own choices
  physicalActivityTypes: readonly string[]; // activity type ids the period already holds (not spend.*)
};

export type TFecAccountChoice = TFecAccount & {
  treatment: TFecTreatment;
  ratioCategory: string | null;
  purpose: string | null;
  source: "organization" | "default";
  defaultPrefix: string | null;
  doubleCounting: boolean; // mapped although the period's physical data probably covers it
};

/** Each account with the treatment it gets: the organisation's choice first, then the longest prefix. */
export function fecAccountChoices(accounts: readonly TFecAccount[], ctx: TFecImportContext): TFecAccountChoice[] {
  const remembered = new Map(ctx.remembered.map((r) => [r.account, r]));
  return accounts.map((a) => {
    const entry = defaultEntryFor(a.account);
    const own = remembered.get(a.account);
    const choice = own ?? {
      treatment: entry?.treatment ?? "outOfScope",
      ratioCategory: entry?.ratioCategory ?? null,
      purpose: entry?.purpose ?? null,
    };
    const covered = (entry?.coveredBy ?? []).some((prefix) =>
      ctx.physicalActivityTypes.some((type) => type.startsWith(prefix)),
    );
    return {
      ...a,
      treatment: choice.treatment,
      ratioCategory: choice.treatment === "mapped" ? choice.ratioCategory : null,
      purpose: choice.treatment === "mapped" ? choice.purpose : null,
      source: own ? "organization" : "default",
      defaultPrefix: entry?.prefix ?? null,
      doubleCounting: covered && choice.treatment === "mapped",
    };
  });
}

const money = (d: Decimal) => d.toFixed(Math.max(2, d.decimalPlaces()));
const share = (part: Decimal, total: Decimal) => (total.gt(0) ? part.dividedBy(total).toFixed(6) : "0.000000");
const sum = (list: readonly TFecAccountChoice[]) => list.reduce((t, a) => t.plus(a.net), new Decimal(0));

type TRow = TParsedImport["rows"][number];

// Credit-balance accounts (rebates booked apart, e.g. 6097) reduce the largest account of the same
// (ratio category, purpose); a group whose credits exceed its debits cannot be a spend row.
function spendRows(mapped: readonly TFecAccountChoice[], ctx: TFecImportContext) {
  const groups = new Map<string, TFecAccountChoice[]>();
  for (const a of mapped) {
    const key = `${a.ratioCategory}\u0000${a.purpose}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const rows: TRow[] = [];
  const errors: TImportRowError[] = [];
  for (const group of groups.values()) {
    const credits = group.filter((a) => new Decimal(a.net).lt(0));
    const debits = group.filter((a) => new Decimal(a.net).gt(0));
    const largest = debits.reduce<TFecAccountChoice | null>(
      (best, a) => (best === null || new Decimal(a.net).gt(best.net) ? a : best),
      null,
    );
    const creditTotal = sum(credits);
    if (credits.length > 0 && (largest === null || new Decimal(largest.net).plus(creditTotal).lt(0))) {
      for (const a of credits)
        errors.push({
          row: a.firstLine,
          column: "CompteNum",
          message: "imports.errors.fecNegativeSpend",
          values: { account: a.account, amount: a.net },
        });
      continue;
    }
    for (const a of debits) {
      const net = a === largest ? new Decimal(a.net).plus(creditTotal) : new Decimal(a.net);
      if (net.isZero()) continue;
      const netOf = a === largest && credits.length > 0 ? ` (− ${credits.map((c) => c.account).join(", ")})` : "";
      rows.push({
        row: a.firstLine,
        input: {
          periodId: ctx.periodId,
          activityTypeId: FEC_SPEND_TYPE,
          quantity: money(net),
          unit: FEC_SPEND_UNIT,
          activityYear: ctx.spendYear,
          options: {
            ratioCategory: a.ratioCategory ?? undefined,
            purpose: (a.purpose ?? undefined) as TActivityDataOptions["purpose"],
          },
          label: `${a.account} ${a.label}${netOf}`.trim().slice(0, 200),
        },
      });
    }
  }
  return { rows: rows.sort((x, y) => x.row - y.row), errors };
}

/** The FEC as the import pipeline takes it (format "fec"). */
export function fecToParsedImport(netting: TFecNetting, ctx: TFecImportContext): TParsedImport {
  const choices = fecAccountChoices(netting.accounts, ctx);
  const of = (t: TFecTreatment) => choices.filter((a) => a.treatment === t);
  const mapped = of("mapped");
  const { rows, errors } = netting.errors.length > 0 ? { rows: [], errors: [] } : spendRows(mapped, ctx);
  const total = sum(choices);
  const [m, x, o] = [sum(mapped), sum(of("excluded")), sum(of("outOfScope"))];
  return {
    format: "fec",
    template: null,
    language: null,
    rows,
    errors: [...netting.errors, ...errors],
    totals: {
      spendTotal: money(total),
      spendMapped: money(m),
      spendExcluded: money(x),
      spendOutOfScope: money(o),
      shareMapped: share(m, total),
      shareExcluded: share(x, total),
      shareOutOfScope: share(o, total),
      accounts: String(choices.length),
      accountsMapped: String(mapped.length),
      accountsExcluded: String(of("excluded").length),
      accountsOutOfScope: String(of("outOfScope").length),
      doubleCounting: choices
        .filter((a) => a.doubleCounting)
        .map((a) => a.account)
        .join(","),
      entryLines: String(netting.lines),
    },
  };
}
