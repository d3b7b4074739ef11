import { Prisma } from "@/generated/prisma/client";

// Where an estimate for a not-assessed resource lives in the inventory (estimate.ts): one sourceRef per
// phase. Written once here for the code that books it and for the SQL that finds a resource's rows.

export const ESTIMATE_PHASES = ["embedded", "use"] as const;

export const estimateRefPrefix = (importId: string, resourceId: string) => `${importId}:estimate:${resourceId}:`;

export const estimateRef = (importId: string, resourceId: string, phase: (typeof ESTIMATE_PHASES)[number]) =>
  `${estimateRefPrefix(importId, resourceId)}${phase}`;

/** The same refs in SQL, for a query whose BoaviztaResource row is aliased `r`. */
export const ESTIMATE_REFS_OF_R = Prisma.sql`ARRAY[${Prisma.join(
  ESTIMATE_PHASES.map((phase) => Prisma.sql`r."importId" || ':estimate:' || r."id" || ${`:${phase}`}`),
)}]`;
