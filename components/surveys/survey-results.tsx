import { useTranslations } from "next-intl";
import { Stat } from "@/components/surveys/stat";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";

type TRow = { key: string; respondents: string; kg?: string };
type TSiteRow = TRow & { name?: string; rate?: string };

// A campaign's results for managers: response rate (warned under 30 %), the extrapolated commuting total,
// and, from 5 answers, the split by main mode, one-way distances and the share of remote work.
export function SurveyResultsView(props: {
  title: string;
  shown: boolean;
  lowRate: boolean;
  respondents: string;
  population: string;
  rate: string;
  meanKg: string;
  totalKg: string;
  remoteShare: string;
  byMode: TRow[];
  bySite: TSiteRow[];
  distances: TRow[];
}) {
  const t = useTranslations("surveys");
  const tm = useTranslations("survey.modes");
  const label = (key: string) => (key === "other" ? t("results.other") : tm(key));
  const siteLabel = (row: TSiteRow) =>
    row.name ?? (row.key === "other" ? t("results.other") : t("results.siteNotSaid"));
  return (
    <div className="mt-3 space-y-4">
      <PageHeader title={props.title} description={t("results.description")} />
      <Card>
        <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
          <Stat label={t("responses")} value={`${props.respondents} / ${props.population}`} />
          <Stat label={t("responseRate")} value={props.rate} />
          <Stat label={t("results.mean")} value={`${props.meanKg} kgCO2e`} />
          <Stat label={t("results.total")} value={`${props.totalKg} kgCO2e`} testId="survey-total" />
        </dl>
        {props.lowRate ? (
          <p className="mt-3 text-sm text-amber-800" role="note">
            {t("lowRate")}
          </p>
        ) : null}
      </Card>
      {props.shown ? (
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <Card>
            <h2 className="mb-2 text-base font-semibold">{t("results.byMode")}</h2>
            <Table label={t("results.byMode")}>
              <thead>
                <tr>
                  <Th>{t("results.mode")}</Th>
                  <Th className="text-right">{t("responses")}</Th>
                  <Th className="text-right">kgCO2e</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {props.byMode.map((m) => (
                  <tr key={m.key}>
                    <Td>{label(m.key)}</Td>
                    <Td className="text-right tabular-nums">{m.respondents}</Td>
                    <Td className="text-right tabular-nums">{m.kg}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Card>
          <Card>
            <h2 className="mb-2 text-base font-semibold">{t("results.bySite")}</h2>
            <Table label={t("results.bySite")}>
              <thead>
                <tr>
                  <Th>{t("results.site")}</Th>
                  <Th className="text-right">{t("responses")}</Th>
                  <Th className="text-right">{t("results.siteRate")}</Th>
                  <Th className="text-right">kgCO2e</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {props.bySite.map((s) => (
                  <tr key={s.key}>
                    <Td>{siteLabel(s)}</Td>
                    <Td className="text-right tabular-nums">{s.respondents}</Td>
                    <Td className="text-right tabular-nums">{s.rate ?? "—"}</Td>
                    <Td className="text-right tabular-nums">{s.kg}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <p className="mt-3 text-xs text-slate-600">{t("results.bySiteNote")}</p>
          </Card>
          <Card>
            <h2 className="mb-2 text-base font-semibold">{t("results.distances")}</h2>
            <Table label={t("results.distances")}>
              <thead>
                <tr>
                  <Th>{t("results.distance")}</Th>
                  <Th className="text-right">{t("responses")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {props.distances.map((d) => (
                  <tr key={d.key}>
                    <Td>{d.key === "other" ? t("results.other") : t(`results.groups.${d.key}`)}</Td>
                    <Td className="text-right tabular-nums">{d.respondents}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <p className="mt-3 text-sm">{t("results.remoteShare", { share: props.remoteShare })}</p>
          </Card>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("results.tooFew")}</p>
      )}
    </div>
  );
}
