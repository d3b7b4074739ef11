import { defaultPeriodDates, defaultPeriodLabel, type IsoDate } from "@/lib/periods/dates";
import type { TPeriodCreate } from "@/lib/periods/schemas";

export type NewPeriod = { year: number; label: string; startDate: IsoDate; endDate: IsoDate };

// Whatever the form left empty comes from the organisation's fiscal year.
export function resolveNewPeriod(input: TPeriodCreate, fiscalYearStartMonth: number): NewPeriod {
  const defaults = defaultPeriodDates(input.year, fiscalYearStartMonth);
  return {
    year: input.year,
    label: input.label ?? defaultPeriodLabel(input.year, fiscalYearStartMonth),
    startDate: input.startDate ?? defaults.startDate,
    endDate: input.endDate ?? defaults.endDate,
  };
}
