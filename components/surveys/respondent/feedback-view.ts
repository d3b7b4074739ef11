import { formatNumber, formatPercent } from "@/lib/numbers/format";
import type { TFootprint } from "@/lib/surveys/footprint";
import type { TAverage } from "@/lib/surveys/respond";
import type { TTip } from "@/lib/surveys/tips";
import { esc, type TView } from "@/components/surveys/respondent/html";

// What the respondent learns right after answering: their own annual kgCO2e with the factors used,
// equivalents people understand, the company average (from 5 answers), and concrete tips.

// ADEME Base Carbone 23.6, element 43791: car, average engine, per vehicle-km.
const AVERAGE_CAR_KG_PER_KM = 0.256;
// The footprint per person compatible with the Paris agreement by 2050, as ADEME and Nos Gestes Climat state it.
const SUSTAINABLE_KG_PER_PERSON_YEAR = 2000;

const kg = (view: TView, value: number) => view.t("survey.kgPerYear", { value: formatNumber(value, view.locale, 0) });

const unitLabel = (view: TView, unit: string) => view.t(`survey.units.${unit.replace(".", "_")}`);

function itemsTable(view: TView, footprint: TFootprint): string {
  if (footprint.items.length === 0) return `<p>${esc(view.t("survey.nothingToCount"))}</p>`;
  const rows = footprint.items
    .map((item) => {
      const label = view.t(`survey.itemLabels.${item.activityTypeId.replace(/\./g, "_")}`);
      const quantity = `${formatNumber(item.quantity, view.locale, 0)} ${unitLabel(view, item.unit)}`;
      const factor = `${item.factorId} · ${formatNumber(item.factorValue, view.locale, 6)} kgCO2e/${unitLabel(view, item.factorUnit)}`;
      return `<tr><td>${esc(label)}<br><small>${esc(factor)}</small></td><td class="n">${esc(quantity)}</td><td class="n">${esc(
        formatNumber(item.kgCO2e, view.locale, 1),
      )}</td></tr>`;
    })
    .join("");
  return `<table><caption>${esc(view.t("survey.factorsCaption"))}</caption><thead><tr><th scope="col">${esc(
    view.t("survey.colActivity"),
  )}</th><th scope="col" class="n">${esc(view.t("survey.colQuantity"))}</th><th scope="col" class="n">kgCO2e</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function comparison(view: TView, footprint: TFootprint, average: TAverage | null): string {
  if (!average) return `<p>${esc(view.t("survey.averageLater"))}</p>`;
  const mine = footprint.commuteKg + footprint.digitalKg;
  const theirs = average.commuteKg + average.digitalKg;
  const key = mine <= theirs ? "survey.belowAverage" : "survey.aboveAverage";
  return `<p>${esc(view.t(key, { average: kg(view, theirs), count: average.respondents }))}</p>`;
}

export function feedbackPage(
  view: TView,
  input: { footprint: TFootprint; average: TAverage | null; tips: TTip[]; digitalAsked: boolean },
): string {
  const { t } = view;
  const { footprint } = input;
  const total = footprint.commuteKg + footprint.digitalKg;
  const carKm = formatNumber(total / AVERAGE_CAR_KG_PER_KM, view.locale, 0);
  const share = formatPercent(total / SUSTAINABLE_KG_PER_PERSON_YEAR, view.locale, { fractionDigits: 0 });
  const digital = input.digitalAsked
    ? `<div class="box"><h2>${esc(t("survey.yourDigital"))}</h2><p class="big" data-testid="digital-kg">${esc(
        kg(view, footprint.digitalKg),
      )}</p><p class="hint">${esc(t("survey.digitalScope"))}</p></div>`
    : "";
  const tips = input.tips.map((tip) => `<li>${esc(t(`survey.tips.${tip}`))}</li>`).join("");
  return `<h1 tabindex="-1">${esc(t("survey.thanks"))}</h1>
<div class="box" role="status"><h2>${esc(t("survey.yourCommute"))}</h2><p class="big" data-testid="commute-kg">${esc(
    kg(view, footprint.commuteKg),
  )}</p></div>
${digital}
<div class="box"><h2>${esc(t("survey.howComputed"))}</h2>${itemsTable(view, footprint)}</div>
<div class="box"><h2>${esc(t("survey.equivalents"))}</h2><ul>
<li>${esc(t("survey.equivalentCar", { km: carKm }))}</li>
<li>${esc(t("survey.equivalentBudget", { share }))}</li></ul>
${comparison(view, footprint, input.average)}</div>
<div class="box"><h2>${esc(t("survey.tipsTitle"))}</h2><ul>${tips}</ul></div>
<p class="hint">${esc(t("survey.anonymousAfter"))}</p>`;
}
