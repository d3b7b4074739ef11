// Colours of the overview: one per scope (categories take their scope's), then a qualitative series.
export const SCOPE_COLORS = { 1: "#0e7665", 2: "#d97706", 3: "#4f46e5" } as const;

export const SERIES = ["#0e7665", "#4f46e5", "#d97706", "#0891b2", "#be185d", "#65a30d", "#7c3aed", "#64748b"];

export const seriesColor = (index: number) => SERIES[index % SERIES.length] as string;
