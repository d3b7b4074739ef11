// The orders a category list offers (pure: the filters form lists them).
export const ACTIVITY_SORTS = ["recent", "date", "emissions"] as const;
export type TActivitySort = (typeof ACTIVITY_SORTS)[number];
