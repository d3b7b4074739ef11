import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatShare, stageShares } from "@/components/factors/format";
import { formatDecimal } from "@/lib/numbers/format";
import { ZFactorRecord } from "@/lib/factors/record";

// Stage and gas breakdowns of a library factor, read back through the shared record schema so a
// malformed row shows "none" rather than breaking the page.
const ZStages = ZFactorRecord.shape.stages;
const ZGases = ZFactorRecord.shape.gases;
const GASES = ["co2f", "ch4f", "ch4b", "n2o", "other", "co2b"] as const;

export async function FactorStages({
  stages: raw,
  total,
  unitLabel,
}: {
  stages: unknown;
  total: string;
  unitLabel: string;
}) {
  const t = await getTranslations("factors.detail");
  const locale = await getLocale();
  const parsed = ZStages.safeParse(raw);
  const stages = parsed.success ? parsed.data : [];
  const shares = stageShares(stages.map((s) => Number(s.value)));
  return (
    <Card>
      <h2 className="mb-1 text-base font-semibold">{t("stages.title")}</h2>
      {stages.length === 0 ? (
        <p className="text-sm text-slate-600">{t("stages.none")}</p>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-600">{t("stages.note")}</p>
          <Table label={t("stages.title")}>
            <thead>
              <tr>
                <Th>{t("stages.stage")}</Th>
                <Th className="hidden sm:table-cell">{t("stages.label")}</Th>
                <Th className="text-right">{t("stages.value")}</Th>
                <Th className="text-right">{t("stages.share")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {stages.map((stage, i) => (
                <tr key={`${stage.stage}-${i}`}>
                  <Td>{t(`stageNames.${stage.stage}`)}</Td>
                  <Td className="hidden sm:table-cell">
                    <span className="text-slate-600">{(locale === "en" ? stage.labelEn : null) ?? stage.labelFr}</span>
                  </Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">
                    {formatDecimal(stage.value, locale)} <span className="text-xs text-slate-500">{unitLabel}</span>
                  </Td>
                  <Td className="text-right tabular-nums">{formatShare(shares[i] ?? null, locale)}</Td>
                </tr>
              ))}
              <tr className="bg-slate-50 font-medium">
                <Td>{t("stages.total")}</Td>
                <Td className="hidden sm:table-cell" />
                <Td className="whitespace-nowrap text-right tabular-nums">
                  {formatDecimal(total, locale)} <span className="text-xs text-slate-500">{unitLabel}</span>
                </Td>
                <Td />
              </tr>
            </tbody>
          </Table>
        </>
      )}
    </Card>
  );
}

export async function FactorGases({ gases: raw, unitLabel }: { gases: unknown; unitLabel: string }) {
  const t = await getTranslations("factors.detail.gases");
  const locale = await getLocale();
  const parsed = ZGases.safeParse(raw);
  const gases = parsed.success ? parsed.data : null;
  const rows = gases ? GASES.filter((g) => gases[g] !== null) : [];
  return (
    <Card>
      <h2 className="mb-3 text-base font-semibold">{t("title")}</h2>
      {rows.length === 0 || !gases ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <>
          <Table label={t("title")}>
            <thead>
              <tr>
                <Th>{t("gas")}</Th>
                <Th className="text-right">{t("value")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((gas) => (
                <tr key={gas}>
                  <Td>{gas === "co2b" ? <span className="text-slate-500">{t(gas)} *</span> : t(gas)}</Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">
                    {formatDecimal(gases[gas] ?? "0", locale)}{" "}
                    <span className="text-xs text-slate-500">{unitLabel}</span>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {rows.includes("co2b") ? <p className="mt-2 text-xs text-slate-500">* {t("biogenicNote")}</p> : null}
        </>
      )}
    </Card>
  );
}
