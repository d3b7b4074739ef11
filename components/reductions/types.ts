// What the action plan's client components receive from the page (lib/reductions/queries' view, as JSON).
export type TActionRow = {
  id: string;
  title: string;
  description: string | null;
  type: "REDUCTION" | "AVOIDED";
  status: "IDEA" | "PLANNED" | "IN_PROGRESS" | "DONE" | "ABANDONED";
  posts: string[];
  siteIds: string[];
  productIds: string[];
  owner: { id: string; name: string } | null;
  startDate: string | null;
  endDate: string | null;
  expectedUnit: "TCO2E" | "PERCENT";
  expectedValue: string | null; // as the user writes it (locale)
  expectedKg: number | null;
  costEur: number | null;
  costInput: string; // as the user writes it (locale)
  costPerTonne: number | null;
  progressPct: number;
  achieved: { fromYear: number; toYear: number; kg: number; activityKg: number; factorKg: number } | null;
};
export type TOption = { id: string; name: string };
