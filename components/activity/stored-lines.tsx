import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { FactorSummary } from "@/components/activity/factor-summary";
import { LineBreakdown } from "@/components/activity/line-breakdown";
import type { TFactorDetails } from "@/lib/activity/factor-details";
import { formatDateTime, formatEmission, formatNumber, unitFor } from "@/lib/numbers/format";

type Props = {
  kgCO2e: string;
  computedAt: string;
  lines: {
    scope: number;
    ghgCategory: number | null;
    begesPoste: string;
    stage: string | null;
    kgCO2e: string;
    factorId: string;
    resolutionRule: string;
  }[];
  factors: Record<string, TFactorDetails>;
  servers?: { count: number; watts: number; hours: number; kWh: string } | null; // hosting entered as servers
};

// What is recorded for a line: its total, its lines, and each factor used with the rule that chose it.
export function StoredLines({ kgCO2e, computedAt, lines, factors, servers = null }: Props) {
  const t = useTranslations("collection.stored");
  const locale = useLocale();
  const unit = unitFor([kgCO2e]);
  const used = [...new Map(lines.map((l) => [l.factorId, l.resolutionRule])).entries()];
  return (
    <Card className="space-y-4">
      <h2 className="text-base font-semibold">{t("title")}</h2>
      <p>
        <span className="text-2xl font-semibold tabular-nums" data-testid="stored-kgco2e" data-kgco2e={kgCO2e}>
          {formatEmission(kgCO2e, unit, locale)}
        </span>{" "}
        <span className="text-sm text-slate-600">{unit === "t" ? "tCO2e" : "kgCO2e"}</span>
        <span className="block text-xs text-slate-500">
          {t("computedAt", { date: formatDateTime(computedAt, locale) })}
        </span>
      </p>
      {servers ? (
        <p className="text-sm text-slate-700" data-testid="server-energy">
          <span className="sr-only">{t("serverEnergyTitle")}: </span>
          {t("serverEnergy", {
            count: servers.count,
            watts: formatNumber(servers.watts, locale, 6),
            hours: formatNumber(servers.hours, locale, 6),
            kWh: formatNumber(servers.kWh, locale, 6),
          })}
        </p>
      ) : null}
      <LineBreakdown lines={lines} />
      {used.map(([factorId, rule]) => {
        const factor = factors[factorId];
        return factor ? <FactorSummary key={factorId} factor={factor} rule={rule} /> : null;
      })}
    </Card>
  );
}
