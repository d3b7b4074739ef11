import type { UseFormReturn } from "react-hook-form";
import type { TFormOptions } from "@/lib/activity/form-options";
import type { TNetworkLists } from "@/lib/sites/networks";
import type { TActivityFormValues } from "@/components/activity/form-values";

// What every type-specific field component gets: the form, the choices, and the message of a field path.
export type TOptionFieldProps = {
  form: UseFormReturn<TActivityFormValues>;
  choices: TFormOptions;
  messageOf: (path: string) => string | undefined;
  orgSlug: string;
  airportLabels: Record<string, string>;
  networks: TNetworkLists | null; // energy pages only: ADEME's heating and cooling networks
  periodHours?: number | null; // the chosen period's hours (hosting: what empty "hours" means)
};
