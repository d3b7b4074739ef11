// The report choices the overview and the lines list both offer (which data counts, the scope-2 method, the
// classification), with their labels' keys under "dashboard.controls".
export const REPORT_CHOICES = {
  basis: ["validated", "submitted"],
  scope2: ["location", "market"],
  view: ["ghg", "beges"],
} as const;

type TChoice = keyof typeof REPORT_CHOICES;
type TChoiceValue = (typeof REPORT_CHOICES)[TChoice][number];

/** A choice's options for a select, labelled with `t` = useTranslations("dashboard.controls"). */
export function choiceOptions(name: TChoice, t: (key: TChoiceValue) => string): { value: string; label: string }[] {
  return REPORT_CHOICES[name].map((value) => ({ value, label: t(value) }));
}
